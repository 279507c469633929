using System.Globalization;

namespace KimHotspot.RouterAgent.Outbox;

public sealed partial class ReportOutbox
{
    /// <summary>Reads depth, oldest unsent age, sizes, drop counters and the last acknowledgement time.</summary>
    public async Task<OutboxStats> GetStatsAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            FollowClockJumpLocked();
            var now = _time.GetUtcNow();
            var depth = Scalar("SELECT COUNT(*) FROM outbox;");
            var oldest = depth == 0 ? TimeSpan.Zero
                : now - new DateTimeOffset(Scalar("SELECT MIN(enqueued_utc) FROM outbox;"), TimeSpan.Zero);
            var onDisk = Scalar("PRAGMA page_count;") * Scalar("PRAGMA page_size;");
            var drops = new Dictionary<string, long>(StringComparer.Ordinal);
            using (var command = _db.CreateCommand())
            {
                command.CommandText = "SELECT kind, count FROM drops;";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    drops[reader.GetString(0)] = reader.GetInt64(1);
                }
            }
            DateTimeOffset? lastAck = null;
            using (var command = _db.CreateCommand())
            {
                command.CommandText = "SELECT value FROM meta WHERE key = 'last_ack_utc';";
                if (command.ExecuteScalar() is string ticks)
                {
                    lastAck = new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.Zero);
                }
            }
            return new OutboxStats(
                depth, oldest < TimeSpan.Zero ? TimeSpan.Zero : oldest, onDisk, _storedBytes,
                drops.Values.Sum(), drops, lastAck);
        }
        finally
        {
            _gate.Release();
        }
    }
}
