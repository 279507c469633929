using KimHotspot.Central.Ingest;
using KimHotspot.Central.Live;
using KimHotspot.Contracts.Signing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>
/// With <c>ConnectionStrings:Redis</c> set: one multiplexer (Central starts while Redis is down), live state and nonces
/// in Redis, batches acknowledged once in the ingest stream and stored by each node's consumer, and the leader lock.
/// Without it nothing changes (<see cref="ILeadership"/> says this node leads). Call after <c>AddCentralLive</c> and
/// <c>AddCentralIngest</c>: their services are kept and used unless Redis is configured.
/// </summary>
public static class RedisFeature
{
    public const string ConnectionStringName = "Redis";

    public static void AddCentralRedis(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.Section)
            .Configure<IConfiguration>((o, config) =>
            {
                if (config["Central:NodeName"] is { Length: > 0 } node)
                {
                    o.NodeName = node;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RedisSwitch>();
        services.AddSingleton<IConnectionMultiplexer>(Connect);
        services.AddSingleton<IngestSignal>();
        InRedisMode<ILiveState, RedisLiveState>(services);
        InRedisMode<INonceStore, RedisNonceStore>(services);
        InRedisMode<IReportSink, RedisReportSink>(services);
        services.AddSingleton<RedisLeadership>();
        services.Replace(ServiceDescriptor.Singleton<ILeadership>(p =>
            p.GetRequiredService<RedisSwitch>().Enabled ? p.GetRequiredService<RedisLeadership>() : new SoleNodeLeadership()));
        services.AddSingleton<IngestConsumer>();
        services.AddHostedService<RedisHost>();
    }

    /// <summary>The connection settings every node uses: <paramref name="connection"/> plus what ingest relies on.</summary>
    internal static ConfigurationOptions Configure(string connection, string nodeName)
    {
        var config = ConfigurationOptions.Parse(connection);
        config.AbortOnConnectFail = false; // start while Redis is down; reconnect in the background
        config.BacklogPolicy = BacklogPolicy.FailFast; // while disconnected, refuse at once (429) instead of queueing
        config.ReconnectRetryPolicy = new LinearRetry(1000);
        config.ClientName ??= nodeName;
        return config;
    }

    private static ConnectionMultiplexer Connect(IServiceProvider provider)
    {
        var connection = provider.GetRequiredService<RedisSwitch>().ConnectionString
            ?? throw new InvalidOperationException("ConnectionStrings:Redis is not set.");
        var config = Configure(connection, provider.GetRequiredService<IOptions<RedisOptions>>().Value.NodeName);
        config.LoggerFactory ??= provider.GetRequiredService<ILoggerFactory>();
        return ConnectionMultiplexer.Connect(config);
    }

    /// <summary>Resolves <typeparamref name="TService"/> to <typeparamref name="TRedis"/> in Redis mode, else as registered before.</summary>
    private static void InRedisMode<TService, TRedis>(IServiceCollection services)
        where TService : class
        where TRedis : class, TService
    {
        var previous = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"Register {typeof(TService).Name} (its feature) before AddCentralRedis.");
        services.AddSingleton<TRedis>();
        services.Replace(ServiceDescriptor.Singleton<TService>(p =>
            p.GetRequiredService<RedisSwitch>().Enabled ? p.GetRequiredService<TRedis>() : (TService)Resolve(previous, p)));
    }

    private static object Resolve(ServiceDescriptor previous, IServiceProvider provider) =>
        previous.ImplementationInstance
        ?? previous.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, previous.ImplementationType!);
}
