using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>
/// The leader lock: <c>kim:leader</c> = this node's name with a lease of <see cref="RedisOptions.LeaderLease"/>, taken
/// when free and renewed every third of the lease. This node counts itself leader until its lease would end (a tenth of
/// it early), so it stops leading before another node can take over, also when Redis is unreachable. Released on
/// shutdown.
/// </summary>
internal sealed class RedisLeadership(
    IConnectionMultiplexer redis, IOptions<RedisOptions> options, TimeProvider time, ILogger<RedisLeadership> logger)
    : BackgroundService, ILeadership
{
    private const string HoldScript = """
        local holder = redis.call('GET', KEYS[1])
        if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
        if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
        return 0
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private long _leaseEndTicks;

    /// <summary>Raised when this node's loop saw it become leader or stop being one.</summary>
    public event EventHandler<bool>? Changed;

    public bool IsLeader => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _leaseEndTicks);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var was = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var asked = time.GetUtcNow();
            try
            {
                var held = (long)await redis.GetDatabase().ScriptEvaluateAsync(
                    HoldScript, [RedisKeys.Leader], [o.NodeName, (long)o.LeaderLease.TotalMilliseconds]) == 1;
                Interlocked.Exchange(ref _leaseEndTicks, held ? (asked + o.LeaderLease - (o.LeaderLease / 10)).UtcTicks : 0);
            }
            catch (Exception e) when (RedisFailure.IsRedis(e))
            {
                Log.LeaderRenewFailed(logger, e); // the lease already granted runs out by itself
            }

            if (IsLeader != was)
            {
                was = !was;
                Log.LeadershipChanged(logger, o.NodeName, was ? "leader" : "follower");
                Changed?.Invoke(this, was);
            }

            try
            {
                await Task.Delay(o.LeaderLease / 3, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (Interlocked.Exchange(ref _leaseEndTicks, 0) == 0)
        {
            return;
        }

        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, [RedisKeys.Leader], [options.Value.NodeName]);
        }
        catch (Exception e) when (RedisFailure.IsRedis(e))
        {
            Log.LeaderRenewFailed(logger, e); // the lease runs out by itself
        }
    }
}
