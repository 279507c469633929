using Microsoft.Data.Sqlite;

namespace KimHotspot.RouterAgent.Outbox;

public sealed partial class ReportOutbox
{
    /// <summary>
    /// Returns the oldest waiting rows, up to <paramref name="maxCount"/> rows and <paramref name="maxBytes"/> of body
    /// (always at least one row when any waits). Rows stay until acknowledged and come again on the next lease.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntry>> LeaseBatchAsync(int maxCount, long maxBytes, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var batch = new List<OutboxEntry>();
            long bytes = 0;
            using var command = _db.CreateCommand();
            command.CommandText = """
                SELECT boot_id, seq, kind, sampled_utc, enqueued_utc, rolled_up, body
                FROM outbox ORDER BY enqueued_utc, id LIMIT $n;
                """;
            command.Parameters.AddWithValue("$n", maxCount);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var body = (byte[])reader.GetValue(6);
                if (batch.Count > 0 && bytes + body.Length > maxBytes)
                {
                    break;
                }
                bytes += body.Length;
                batch.Add(new OutboxEntry(
                    new OutboxKey(Guid.Parse(reader.GetString(0)), reader.GetInt64(1)),
                    reader.GetString(2),
                    new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                    new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero),
                    reader.GetInt64(5) != 0,
                    body));
            }
            _inFlight = batch.Select(e => e.Key).ToHashSet();
            return batch;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes exactly the named rows (unknown or already deleted keys are ignored); returns how many went.</summary>
    public async Task<int> AcknowledgeAsync(IEnumerable<OutboxKey> keys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var deleted = 0;
            using var tx = _db.BeginTransaction();
            using var command = _db.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"DELETE FROM outbox WHERE boot_id = $b AND seq = $s RETURNING {CostSql};";
            var boot = command.Parameters.Add("$b", SqliteType.Text);
            var seq = command.Parameters.Add("$s", SqliteType.Integer);
            foreach (var key in keys)
            {
                (boot.Value, seq.Value) = (key.BootId.ToString(), key.Seq);
                if (command.ExecuteScalar() is long cost)
                {
                    _storedBytes -= cost;
                    deleted++;
                }
                _inFlight.Remove(key);
            }
            if (deleted > 0)
            {
                SetMeta(tx, "last_ack_utc", _time.GetUtcNow().UtcTicks);
            }
            tx.Commit();
            return deleted;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void SetMeta(SqliteTransaction tx, string key, long value)
    {
        using var command = _db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT (key) DO UPDATE SET value = excluded.value;";
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$v", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }
}
