using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.RouterAgent.Outbox;

/// <summary>
/// Store-and-forward outbox in one SQLite file: a report is durable when <see cref="AppendAsync"/> returns
/// and leaves only when <see cref="AcknowledgeAsync"/> names its key (at-least-once; Central dedupes on the key).
/// </summary>
/// <remarks>
/// One instance per file, one uploader: each <see cref="LeaseBatchAsync"/> marks its rows as in flight
/// (replacing the previous lease) and the budget never rolls up or drops an in-flight row, so a report
/// cannot reach Central both as detail and inside a summary.
/// </remarks>
public sealed partial class ReportOutbox : IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection _db;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly OutboxOptions _options;
    private readonly IRollup _rollup;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private HashSet<OutboxKey> _inFlight = [];
    private long _storedBytes;
    private DateTimeOffset _clockWall;
    private long _clockStamp;

    private ReportOutbox(SqliteConnection db, OutboxOptions options, IRollup rollup, TimeProvider time, ILogger logger)
    {
        (_db, _options, _rollup, _time, _logger) = (db, options, rollup, time, logger);
        BootId = Guid.NewGuid();
        (_clockWall, _clockStamp) = (time.GetUtcNow(), time.GetTimestamp());
    }

    /// <summary>This start of the agent; every key written by this instance carries it.</summary>
    public Guid BootId { get; }

    /// <summary>Raised by the collector after a cycle that stored samples; awaited by the uploader when drained.</summary>
    public FreshSamples Fresh { get; } = new();

    /// <summary>Opens (creating when missing) the outbox file and records a new boot.</summary>
    public static ReportOutbox Open(OutboxOptions options, IRollup rollup, TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rollup);
        ArgumentNullException.ThrowIfNull(time);
        var db = OutboxSchema.Open(options.FilePath);
        var outbox = new ReportOutbox(db, options, rollup, time, logger ?? NullLogger.Instance);
        try
        {
            using (var command = db.CreateCommand())
            {
                command.CommandText = "INSERT INTO boots (boot_id, started_utc, last_seq) VALUES ($b, $t, 0);";
                command.Parameters.AddWithValue("$b", outbox.BootId.ToString());
                command.Parameters.AddWithValue("$t", time.GetUtcNow().UtcTicks);
                command.ExecuteNonQuery();
            }

            outbox._storedBytes = outbox.Scalar($"SELECT COALESCE(SUM({CostSql}), 0) FROM outbox;");
            Log.OutboxOpened(outbox._logger, options.FilePath, outbox.BootId, outbox.Scalar("SELECT COUNT(*) FROM outbox;"));
            return outbox;
        }
        catch
        {
            outbox.Dispose(); // the file must not stay open when the outbox could not start
            throw;
        }
    }

    /// <summary>Writes one report durably (fsync'd) and returns its key; may then enforce the budget.</summary>
    public async Task<OutboxKey> AppendAsync(string kind, DateTimeOffset sampledAt, byte[] body, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(body);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            FollowClockJumpLocked();
            var now = _time.GetUtcNow();
            using var tx = _db.BeginTransaction();
            var key = Insert(tx, kind, sampledAt.UtcTicks, now.UtcTicks, rolledUp: false, body);
            tx.Commit();
            _storedBytes += Cost(kind, body.Length);
            EnforceBudgetLocked();
            return key;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies the byte and age budget now (appends also do this); useful on a timer during long outages.</summary>
    public async Task EnforceBudgetAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            FollowClockJumpLocked();
            EnforceBudgetLocked();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _db.Dispose();
        _gate.Dispose();
        Fresh.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal const string CostSql = "(length(body) + length(CAST(kind AS BLOB)) + 64)";

    internal static long Cost(string kind, int bodyLength) =>
        bodyLength + System.Text.Encoding.UTF8.GetByteCount(kind) + OutboxSchema.RowOverhead;

    private OutboxKey Insert(SqliteTransaction tx, string kind, long sampledTicks, long enqueuedTicks, bool rolledUp, byte[] body)
    {
        using var command = _db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            UPDATE boots SET last_seq = last_seq + 1 WHERE boot_id = $b;
            INSERT INTO outbox (boot_id, seq, kind, sampled_utc, enqueued_utc, rolled_up, body)
            VALUES ($b, (SELECT last_seq FROM boots WHERE boot_id = $b), $k, $s, $e, $r, $body)
            RETURNING seq;
            """;
        command.Parameters.AddWithValue("$b", BootId.ToString());
        command.Parameters.AddWithValue("$k", kind);
        command.Parameters.AddWithValue("$s", sampledTicks);
        command.Parameters.AddWithValue("$e", enqueuedTicks);
        command.Parameters.AddWithValue("$r", rolledUp ? 1 : 0);
        command.Parameters.AddWithValue("$body", body);
        return new OutboxKey(BootId, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = command.ExecuteScalar();
        return result is null or DBNull ? 0 : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}
