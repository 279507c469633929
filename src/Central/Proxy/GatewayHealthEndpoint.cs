using KimHotspot.Central.Operators;
using Yarp.ReverseProxy.Model;

namespace KimHotspot.Central.Proxy;

/// <summary><c>GET /api/gateway/health</c>: the gateway's verdict on every routed Portal, for the dashboard (viewers).</summary>
internal static class GatewayHealthEndpoint
{
    public const string Path = "/api/gateway/health";

    public static void MapGatewayHealth(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, Answer).RequireAuthorization(OperatorPolicies.Viewer);

    private static GatewayHealthAnswer Answer(GatewayConfigProvider config, GatewayReachability reachability, TimeProvider time)
    {
        var verdicts = reachability.All();
        var sites = config.Sites
            .Select(s =>
            {
                var health = verdicts.GetValueOrDefault(s.SiteId, DestinationHealth.Unknown);
                return new GatewaySiteHealth(s.SiteId, s.Prefix + "/", Word(health), GatewayReachability.ToReachable(health));
            })
            .ToList();
        return new GatewayHealthAnswer(time.GetUtcNow(), sites);
    }

    private static string Word(DestinationHealth health) => health switch
    {
        DestinationHealth.Healthy => "healthy",
        DestinationHealth.Unhealthy => "unhealthy",
        _ => "unknown",
    };
}

/// <summary>The answer of <c>/api/gateway/health</c>.</summary>
/// <param name="CheckedAt">Central's clock when answered.</param>
/// <param name="Sites">Every site the gateway routes, ordered by id.</param>
public sealed record GatewayHealthAnswer(DateTimeOffset CheckedAt, IReadOnlyList<GatewaySiteHealth> Sites);

/// <summary>One site's Portal as the gateway sees it.</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Path">Its Portal through the gateway (<c>/sites/{id}/portal/</c>).</param>
/// <param name="Verdict"><c>healthy</c>, <c>unhealthy</c> or <c>unknown</c> (not probed yet).</param>
/// <param name="Reachable">The same as true/false/null.</param>
public sealed record GatewaySiteHealth(string SiteId, string Path, string Verdict, bool? Reachable);
