using Microsoft.Data.Sqlite;

namespace KimHotspot.RouterAgent.Outbox;

/// <summary>
/// Budget: when over <see cref="OutboxOptions.MaxBytes"/> or holding detail older than <see cref="OutboxOptions.MaxAge"/>,
/// first roll complete UTC hours up into summaries; then drop detail older than the age limit; then, while still over
/// the byte limit, drop the oldest rows: detail that cannot be rolled up first, then rollable detail, summaries last.
/// </summary>
public sealed partial class ReportOutbox
{
    private void EnforceBudgetLocked()
    {
        var now = _time.GetUtcNow();
        var ageCutoff = (now - _options.MaxAge).UtcTicks;
        // Ages are only known for rows enqueued under a plausible clock (a box that booted at 1970 did not know the
        // date); those face the byte budget alone. Uses the outbox_order index: no table scan per append.
        var overAge = now.UtcTicks >= PlausibleTicks && Scalar(
            $"SELECT EXISTS (SELECT 1 FROM outbox WHERE {OverAgeSql});", ("$cutoff", ageCutoff), ("$plausible", PlausibleTicks)) == 1;
        if (!overAge && _storedBytes <= _options.MaxBytes)
        {
            return;
        }
        RollUpCompleteHours(now);
        var dropped = false;
        if (overAge)
        {
            dropped |= DropOldest(OverAgeSql, ageCutoff, [], long.MaxValue);
        }
        if (_storedBytes > _options.MaxBytes)
        {
            var kinds = DistinctKinds();
            var fixedKinds = kinds.Where(k => !_rollup.CanRollUp(k)).ToList();
            var rollable = kinds.Where(_rollup.CanRollUp).ToList();
            dropped |= DropOldest($"rolled_up = 0 AND kind IN ({KindList(fixedKinds)})", 0, fixedKinds, _storedBytes - _options.MaxBytes);
            dropped |= DropOldest($"rolled_up = 0 AND kind IN ({KindList(rollable)})", 0, rollable, _storedBytes - _options.MaxBytes);
            dropped |= DropOldest("rolled_up = 1", 0, [], _storedBytes - _options.MaxBytes);
        }
        if (dropped)
        {
            OutboxSchema.Execute(_db, "PRAGMA incremental_vacuum;");
        }
    }

    private const string OverAgeSql = "enqueued_utc >= $plausible AND enqueued_utc < $cutoff AND rolled_up = 0";

    private static string KindList(List<string> kinds) =>
        kinds.Count == 0 ? "NULL" : string.Join(", ", kinds.Select((_, i) => $"$k{i}"));

    private List<string> DistinctKinds()
    {
        var kinds = new List<string>();
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT DISTINCT kind FROM outbox;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            kinds.Add(reader.GetString(0));
        }
        return kinds;
    }

    /// <summary>Drops the oldest rows matching <paramref name="where"/> (never in-flight ones) until <paramref name="excess"/> bytes went.</summary>
    private bool DropOldest(string where, long cutoff, List<string> kinds, long excess)
    {
        if (excess <= 0)
        {
            return false;
        }
        var victims = new List<(long Id, string Kind, long Cost)>();
        using (var select = _db.CreateCommand())
        {
            select.CommandText = $"SELECT id, boot_id, seq, kind, {CostSql} FROM outbox WHERE {where} ORDER BY enqueued_utc, id;";
            select.Parameters.AddWithValue("$cutoff", cutoff);
            select.Parameters.AddWithValue("$plausible", PlausibleTicks);
            for (var i = 0; i < kinds.Count; i++)
            {
                select.Parameters.AddWithValue($"$k{i}", kinds[i]);
            }
            using var reader = select.ExecuteReader();
            long freed = 0;
            while (freed < excess && reader.Read())
            {
                if (_inFlight.Contains(new OutboxKey(Guid.Parse(reader.GetString(1)), reader.GetInt64(2))))
                {
                    continue;
                }
                victims.Add((reader.GetInt64(0), reader.GetString(3), reader.GetInt64(4)));
                freed += reader.GetInt64(4);
            }
        }
        if (victims.Count == 0)
        {
            return false;
        }
        using var tx = _db.BeginTransaction();
        foreach (var (id, _, _) in victims)
        {
            Run(tx, "DELETE FROM outbox WHERE id = $id;", ("$id", id));
        }
        foreach (var group in victims.GroupBy(v => v.Kind, StringComparer.Ordinal))
        {
            Run(tx, "INSERT INTO drops (kind, count) VALUES ($k, $n) ON CONFLICT (kind) DO UPDATE SET count = count + excluded.count;",
                ("$k", group.Key), ("$n", group.Count()));
        }
        tx.Commit();
        _storedBytes -= victims.Sum(v => v.Cost);
        foreach (var group in victims.GroupBy(v => v.Kind, StringComparer.Ordinal))
        {
            Log.OutboxDropped(_logger, group.Count(), group.Key);
        }
        return true;
    }

    private void Run(SqliteTransaction tx, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }
}
