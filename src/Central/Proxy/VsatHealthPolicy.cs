using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace KimHotspot.Central.Proxy;

/// <summary>
/// The gateway's active health policy for VSAT: a Portal becomes unhealthy only after
/// <see cref="GatewayOptions.UnhealthyAfterFailures"/> failed probes in a row (no answer, timeout, or not 2xx) and
/// healthy again at the first success. Each verdict change is logged and announced through <see cref="VerdictChanged"/>.
/// </summary>
public sealed class VsatHealthPolicy(IDestinationHealthUpdater updater, IOptions<GatewayOptions> options, ILogger<VsatHealthPolicy> logger)
    : IActiveHealthCheckPolicy
{
    public const string PolicyName = "KimVsatConsecutiveFailures";

    // Weak keys: a destination dropped from the configuration takes its counter with it.
    private readonly ConditionalWeakTable<DestinationState, StrongBox<int>> _failures = [];

    /// <summary>Raised after a site's verdict changed (site id); handlers must be quick.</summary>
    public event Action<string>? VerdictChanged;

    public string Name => PolicyName;

    public void ProbingCompleted(ClusterState cluster, IReadOnlyList<DestinationProbingResult> probingResults)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(probingResults);
        var siteId = SitePaths.SiteIdOf(cluster.ClusterId) ?? cluster.ClusterId;
        var threshold = options.Value.UnhealthyAfterFailures;
        var verdicts = new List<NewActiveDestinationHealth>(probingResults.Count);
        var changed = false;
        foreach (var result in probingResults)
        {
            var destination = result.Destination;
            var before = destination.Health.Active;
            DestinationHealth after;
            if (result.Response is { IsSuccessStatusCode: true })
            {
                Interlocked.Exchange(ref _failures.GetOrCreateValue(destination).Value, 0);
                after = DestinationHealth.Healthy;
            }
            else
            {
                var failures = Interlocked.Increment(ref _failures.GetOrCreateValue(destination).Value);
                after = failures >= threshold ? DestinationHealth.Unhealthy : before;
                if (after == DestinationHealth.Unhealthy && before != DestinationHealth.Unhealthy)
                {
                    Log.PortalUnhealthy(logger, siteId, failures, Reason(result));
                }
            }

            if (after == DestinationHealth.Healthy && before == DestinationHealth.Unhealthy)
            {
                Log.PortalHealthy(logger, siteId);
            }

            changed |= after != before;
            verdicts.Add(new NewActiveDestinationHealth(destination, after));
        }

        updater.SetActive(cluster, verdicts);
        if (changed)
        {
            VerdictChanged?.Invoke(siteId);
        }
    }

    private static string Reason(DestinationProbingResult result) => result switch
    {
        { Exception: { } e } => e.GetType().Name,
        { Response: { } r } => "HTTP " + ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "no answer",
    };
}
