using KimHotspot.Central.Ingest;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>
/// Takes a verified batch by appending it to the stream <c>kim:ingest</c> and acknowledges its keys only once Redis
/// answered the <c>XADD</c> (with <c>appendfsync always</c> that answer comes after the write reached disk). A node's
/// <see cref="IngestConsumer"/> then stores it in SQLite, idempotently. When Redis cannot take it the outcome is
/// <see cref="IngestOutcome.Busy"/> (answered 429 + <c>Retry-After</c>) and the agent keeps its reports.
/// </summary>
internal sealed class RedisReportSink(
    IConnectionMultiplexer redis, IngestSignal signal, IOptions<RedisOptions> options, ILogger<RedisReportSink> logger) : IReportSink
{
    public async Task<IngestOutcome> AcceptAsync(VerifiedBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var keys = batch.Batch.Reports.Select(r => r.Key).Distinct().ToList();
        try
        {
            await redis.GetDatabase().StreamAddAsync(RedisKeys.Ingest, IngestEntry.Write(batch)).WaitAsync(cancellationToken);
        }
        catch (Exception e) when (RedisFailure.IsRedis(e))
        {
            // Maybe written, maybe not: unacknowledged either way, and a second copy is stored only once.
            Log.SinkUnavailable(logger, e, batch.SiteId);
            return IngestOutcome.Busy(options.Value.RetryAfter);
        }

        signal.Wake();
        return IngestOutcome.Stored(keys, newReports: 0); // how many are new is known once the consumer stored them
    }
}
