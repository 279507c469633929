namespace KimHotspot.RouterAgent.Outbox;

public sealed partial class ReportOutbox
{
    /// <summary>
    /// Merges, per rollable kind and complete UTC hour of <c>sampledAt</c>, every waiting row that is not in flight
    /// into one summary row (new seq, sampled at the hour start, enqueued at the oldest member's time); one transaction.
    /// </summary>
    private void RollUpCompleteHours(DateTimeOffset now)
    {
        var currentHour = now.UtcTicks / TimeSpan.TicksPerHour;
        var groups = new List<(string Kind, long Hour)>();
        using (var command = _db.CreateCommand())
        {
            command.CommandText = """
                SELECT kind, sampled_utc / $h AS hour FROM outbox WHERE sampled_utc / $h < $now
                GROUP BY kind, hour HAVING COUNT(*) > 1 ORDER BY hour;
                """;
            command.Parameters.AddWithValue("$h", TimeSpan.TicksPerHour);
            command.Parameters.AddWithValue("$now", currentHour);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                groups.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }
        groups.RemoveAll(g => !_rollup.CanRollUp(g.Kind));
        if (groups.Count == 0)
        {
            return;
        }
        long delta = 0;
        using var tx = _db.BeginTransaction();
        foreach (var (kind, hour) in groups)
        {
            var members = new List<(long Id, long Enqueued, long Cost, byte[] Body)>();
            using (var select = _db.CreateCommand())
            {
                select.Transaction = tx;
                select.CommandText = $"""
                    SELECT id, boot_id, seq, enqueued_utc, {CostSql}, body FROM outbox
                    WHERE kind = $k AND sampled_utc >= $from AND sampled_utc < $to ORDER BY enqueued_utc, id;
                    """;
                select.Parameters.AddWithValue("$k", kind);
                select.Parameters.AddWithValue("$from", hour * TimeSpan.TicksPerHour);
                select.Parameters.AddWithValue("$to", (hour + 1) * TimeSpan.TicksPerHour);
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    if (!_inFlight.Contains(new OutboxKey(Guid.Parse(reader.GetString(1)), reader.GetInt64(2))))
                    {
                        members.Add((reader.GetInt64(0), reader.GetInt64(3), reader.GetInt64(4), (byte[])reader.GetValue(5)));
                    }
                }
            }
            if (members.Count < 2)
            {
                continue;
            }
            var hourStart = new DateTimeOffset(hour * TimeSpan.TicksPerHour, TimeSpan.Zero);
            byte[] merged;
            try
            {
                merged = _rollup.Merge(kind, hourStart, members.Select(m => m.Body).ToList());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An unreadable row must not stop the budget: leave this hour as detail; the byte budget drops it
                // (counted) if space runs out. The rest of the roll-up goes on.
                Log.OutboxRollupFailed(_logger, kind, hourStart, e.Message);
                continue;
            }

            foreach (var member in members)
            {
                Run(tx, "DELETE FROM outbox WHERE id = $id;", ("$id", member.Id));
                delta -= member.Cost;
            }
            Insert(tx, kind, hourStart.UtcTicks, members.Min(m => m.Enqueued), rolledUp: true, merged);
            delta += Cost(kind, merged.Length);
            Log.OutboxRolledUp(_logger, members.Count, kind, hourStart);
        }
        tx.Commit();
        _storedBytes += delta;
    }
}
