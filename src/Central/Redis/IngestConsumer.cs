using KimHotspot.Central.Ingest;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>
/// This node's reader of <c>kim:ingest</c> in the group <c>central</c> (consumer name = node name). Each pass: entries
/// this node took and did not finish (after a failure), entries other consumers left pending longer than
/// <see cref="RedisOptions.ClaimIdle"/> (<c>XAUTOCLAIM</c>), then new ones. Each entry is stored with
/// <see cref="ReportStore.StoreAsync"/> (idempotent on <c>(siteId, bootId, seq)</c>, so an entry delivered twice counts
/// once; it also updates the live state), then acknowledged and deleted, so the stream holds only unfinished work.
/// Any failure (Redis away, SQLite busy) leaves the entry pending and is retried with backoff.
/// </summary>
internal sealed class IngestConsumer(
    IConnectionMultiplexer redis, ReportStore store, IngestSignal signal, IOptions<RedisOptions> options, TimeProvider time,
    ILogger<IngestConsumer> logger) : BackgroundService
{
    private bool _groupReady;
    private bool _ownPending = true;
    private RedisValue _claimCursor = "0-0";
    private DateTimeOffset _nextClaim;

    /// <summary>Raised after every pass with the number of entries finished (zero after a failed pass).</summary>
    public event EventHandler<int>? PassCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // do not hold up the host's start
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var done = await PassAsync(stoppingToken);
                if (failures > 0)
                {
                    Log.ConsumerRecovered(logger, failures);
                    failures = 0;
                }

                PassCompleted?.Invoke(this, done);
                if (done == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                (_groupReady, _ownPending) = (false, true);
                failures++;
                var wait = Backoff(failures);
                Log.ConsumerFailed(logger, e, failures, wait);
                PassCompleted?.Invoke(this, 0);
                try
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<int> PassAsync(CancellationToken ct)
    {
        var o = options.Value;
        var db = redis.GetDatabase();
        if (!_groupReady)
        {
            await EnsureGroupAsync(db);
            _groupReady = true;
        }

        var done = 0;
        if (_ownPending)
        {
            var mine = await db.StreamReadGroupAsync(RedisKeys.Ingest, RedisKeys.Group, o.NodeName, "0-0", o.ReadCount);
            done += await HandleAsync(db, mine, ct);
            _ownPending = mine.Length == o.ReadCount;
        }

        if (time.GetUtcNow() >= _nextClaim)
        {
            var claim = await db.StreamAutoClaimAsync(
                RedisKeys.Ingest, RedisKeys.Group, o.NodeName, (long)o.ClaimIdle.TotalMilliseconds, _claimCursor, o.ReadCount);
            if (claim.ClaimedEntries.Length > 0)
            {
                Log.EntriesClaimed(logger, claim.ClaimedEntries.Length);
            }

            done += await HandleAsync(db, claim.ClaimedEntries, ct);
            _claimCursor = claim.NextStartId.IsNullOrEmpty ? "0-0" : claim.NextStartId;
            _nextClaim = _claimCursor == "0-0" ? time.GetUtcNow() + (o.ClaimIdle / 4) : time.GetUtcNow();
        }

        var fresh = await db.StreamReadGroupAsync(RedisKeys.Ingest, RedisKeys.Group, o.NodeName, StreamPosition.NewMessages, o.ReadCount);
        return done + await HandleAsync(db, fresh, ct);
    }

    private async Task<int> HandleAsync(IDatabase db, StreamEntry[] entries, CancellationToken ct)
    {
        foreach (var entry in entries)
        {
            if (IngestEntry.Read(entry) is { } batch)
            {
                var result = await store.StoreAsync(batch, ct);
                Log.EntryStored(logger, entry.Id, batch.SiteId, result.NewReports);
            }
            else if (!entry.IsNull && entry.Values is { Length: > 0 })
            {
                Log.EntryUnreadable(logger, entry.Id);
            }

            var ack = db.StreamAcknowledgeAsync(RedisKeys.Ingest, RedisKeys.Group, entry.Id);
            var delete = db.StreamDeleteAsync(RedisKeys.Ingest, [entry.Id]);
            await Task.WhenAll(ack, delete);
        }

        return entries.Length;
    }

    private static async Task EnsureGroupAsync(IDatabase db)
    {
        try
        {
            // From the start of the stream: batches added before any consumer existed are stored too.
            await db.StreamCreateConsumerGroupAsync(RedisKeys.Ingest, RedisKeys.Group, "0-0", createStream: true);
        }
        catch (RedisServerException e) when (e.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another node (or an earlier run) created it.
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var wait = TimeSpan.FromMilliseconds(200 * Math.Pow(2, Math.Min(failures - 1, 16)));
        return wait < options.Value.MaxBackoff ? wait : options.Value.MaxBackoff;
    }
}
