using Microsoft.Data.Sqlite;

namespace KimHotspot.System.Tests.WholeSystem;

/// <summary>
/// Reads, never writes, the two ends of the report pipeline: the agent's outbox (what each of its boots numbered and
/// what still waits) and Central's store (what arrived). Both are the hosts' own SQLite files.
/// </summary>
internal static class Ledger
{
    /// <summary>Per agent boot, the last sequence number it gave a report.</summary>
    public static Dictionary<Guid, long> AgentBoots(string outboxDirectory) =>
        Query(Path.Combine(outboxDirectory, "outbox.db"), "SELECT boot_id, last_seq FROM boots",
            r => (Guid.Parse(r.GetString(0)), r.GetInt64(1))).ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>Reports written but not yet acknowledged by Central.</summary>
    public static long Waiting(string outboxDirectory) =>
        Query(Path.Combine(outboxDirectory, "outbox.db"), "SELECT COUNT(*) FROM outbox", r => r.GetInt64(0)).Single();

    /// <summary>The (boot, seq) of every report still waiting in the outbox.</summary>
    public static HashSet<(Guid Boot, long Seq)> WaitingKeys(string outboxDirectory) =>
        [.. Query(Path.Combine(outboxDirectory, "outbox.db"), "SELECT boot_id, seq FROM outbox", r => (Guid.Parse(r.GetString(0)), r.GetInt64(1)))];

    /// <summary>Per boot of <paramref name="siteId"/>, the sequence numbers Central stored.</summary>
    public static Dictionary<Guid, SortedSet<long>> Stored(string centralDatabase, string siteId)
    {
        var stored = new Dictionary<Guid, SortedSet<long>>();
        foreach (var (boot, seq) in Query(centralDatabase, "SELECT BootId, Seq FROM ReceivedReports WHERE SiteId = $site",
                     r => (Guid.Parse(r.GetString(0)), r.GetInt64(1)), ("$site", siteId)))
        {
            if (!stored.TryGetValue(boot, out var seqs))
            {
                stored[boot] = seqs = [];
            }

            seqs.Add(seq);
        }

        return stored;
    }

    private static List<T> Query<T>(string path, string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
