using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;

namespace KimHotspot.Central.Proxy;

/// <summary>
/// YARP's configuration, rebuilt from the registry at run time (<see cref="GatewayRefresher"/>). A new snapshot is
/// published only when the set of sites or a Portal address changed, so health state survives a refresh. As YARP's
/// <see cref="IConfigChangeListener"/> it learns when a snapshot is live.
/// </summary>
public sealed class GatewayConfigProvider(IOptions<GatewayOptions> options, ILogger<GatewayConfigProvider> logger)
    : IProxyConfigProvider, IConfigChangeListener, IDisposable
{
    private readonly Lock _gate = new();
    private Snapshot _current = new([], null);
    private TaskCompletionSource _applied = NewSignal();
    private List<TaskCompletionSource> _pending = [];

    /// <summary>The sites routed right now, ordered by id.</summary>
    public IReadOnlyList<GatewaySite> Sites => _current.Sites;

    public IProxyConfig GetConfig() => _current;

    /// <summary>
    /// Completes after the next <see cref="Apply"/>: at once when nothing changed, else once YARP serves the new routes
    /// (or failed to apply them). Tests and tools await a refresh with it.
    /// </summary>
    public Task NextApplyAsync()
    {
        lock (_gate)
        {
            return _applied.Task;
        }
    }

    /// <summary>Publishes routes for <paramref name="sites"/>; true when they differ from the current ones.</summary>
    public bool Apply(IEnumerable<GatewaySite> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var ordered = sites.DistinctBy(s => s.SiteId, StringComparer.Ordinal)
            .OrderBy(s => s.SiteId, StringComparer.Ordinal).ToArray();
        Snapshot? old = null;
        TaskCompletionSource applied;
        lock (_gate)
        {
            applied = _applied;
            _applied = NewSignal();
            if (!ordered.SequenceEqual(_current.Sites))
            {
                old = _current;
                _current = new Snapshot(ordered, options.Value);
                _pending.Add(applied);
            }
        }

        if (old is null)
        {
            applied.TrySetResult();
            return false;
        }

        old.Expire(); // YARP reloads from GetConfig and then calls ConfigurationApplied
        old.Dispose();
        return true;
    }

    public void ConfigurationApplied(IReadOnlyList<IProxyConfig> proxyConfigs)
    {
        ArgumentNullException.ThrowIfNull(proxyConfigs);
        if (proxyConfigs.Contains(_current))
        {
            ReleasePending();
        }
    }

    public void ConfigurationApplyingFailed(IReadOnlyList<IProxyConfig> proxyConfigs, Exception exception)
    {
        Log.GatewayConfigRejected(logger, exception);
        ReleasePending();
    }

    public void ConfigurationLoaded(IReadOnlyList<IProxyConfig> proxyConfigs)
    {
        // applied (or failed) follows
    }

    public void ConfigurationLoadingFailed(IProxyConfigProvider configProvider, Exception exception) =>
        Log.GatewayConfigRejected(logger, exception);

    private void ReleasePending()
    {
        List<TaskCompletionSource> released;
        lock (_gate)
        {
            (released, _pending) = (_pending, []);
        }

        released.ForEach(p => p.TrySetResult());
    }

    public void Dispose() => _current.Dispose();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Snapshot : IProxyConfig, IDisposable
    {
        private readonly CancellationTokenSource _expired = new();

        public Snapshot(GatewaySite[] sites, GatewayOptions? options)
        {
            Sites = sites;
            Routes = [.. sites.Select(SiteRoutes.Route)];
            Clusters = options is null ? [] : [.. sites.Select(s => SiteRoutes.Cluster(s, options))];
            ChangeToken = new CancellationChangeToken(_expired.Token);
        }

        public IReadOnlyList<GatewaySite> Sites { get; }

        public IReadOnlyList<RouteConfig> Routes { get; }

        public IReadOnlyList<ClusterConfig> Clusters { get; }

        public IChangeToken ChangeToken { get; }

        public string RevisionId { get; } = Guid.NewGuid().ToString("N");

        /// <summary>Tells YARP to read the new snapshot; this one is done.</summary>
        public void Expire() => _expired.Cancel();

        public void Dispose() => _expired.Dispose();
    }
}
