using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Redis;

/// <summary>Starts the leader lock and (unless <see cref="RedisOptions.Consume"/> is off) the ingest consumer, only in Redis mode.</summary>
internal sealed class RedisHost(RedisSwitch redis, IServiceProvider services, IOptions<RedisOptions> options, ILogger<RedisHost> logger)
    : IHostedService
{
    private readonly List<IHostedService> _started = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!redis.Enabled)
        {
            return;
        }

        Log.RedisMode(logger, options.Value.NodeName, options.Value.Consume);
        _started.Add(services.GetRequiredService<RedisLeadership>());
        if (options.Value.Consume)
        {
            _started.Add(services.GetRequiredService<IngestConsumer>());
        }

        foreach (var service in _started)
        {
            await service.StartAsync(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var service in Enumerable.Reverse(_started))
        {
            await service.StopAsync(cancellationToken);
        }
    }
}
