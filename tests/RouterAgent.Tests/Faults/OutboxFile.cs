using Microsoft.Data.Sqlite;

namespace KimHotspot.RouterAgent.Tests.Faults;

/// <summary>What an agent left in its outbox file, read read-only after it stopped.</summary>
/// <param name="LastSeq">Every boot the file recorded, with the highest seq the outbox assigned in it.</param>
/// <param name="Waiting">Reports still waiting for an acknowledgement, by boot.</param>
public sealed record OutboxFile(IReadOnlyDictionary<Guid, long> LastSeq, IReadOnlyDictionary<Guid, IReadOnlySet<long>> Waiting)
{
    public static OutboxFile Read(string directory)
    {
        var path = Path.Combine(directory, "outbox.db");
        Assert.True(File.Exists(path), $"No outbox file at {path}");
        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        db.Open();
        var lastSeq = new Dictionary<Guid, long>();
        foreach (var (boot, seq) in Rows(db, "SELECT boot_id, last_seq FROM boots;"))
        {
            lastSeq[boot] = seq;
        }

        var waiting = new Dictionary<Guid, IReadOnlySet<long>>();
        foreach (var group in Rows(db, "SELECT boot_id, seq FROM outbox;").GroupBy(r => r.Boot))
        {
            waiting[group.Key] = group.Select(r => r.Value).ToHashSet();
        }

        return new OutboxFile(lastSeq, waiting);
    }

    private static List<(Guid Boot, long Value)> Rows(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(Guid, long)>();
        while (reader.Read())
        {
            rows.Add((Guid.Parse(reader.GetString(0)), reader.GetInt64(1)));
        }

        return rows;
    }
}
