using System.Net;
using System.Text.Json;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Router;
using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Values;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.CaptivePortal;

/// <summary>
/// Maps the RFC 8908 Captive Portal API at <c>/api/captive</c>. The caller is identified by its source IP
/// (the router's active list), or, when the Portal does not see residents directly, by the attempt cookie.
/// </summary>
public static class CaptivePortalFeature
{
    public const string Path = "/api/captive";

    public const string ContentType = "application/captive+json";

    public static void MapCaptivePortalApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, GetAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> GetAsync(
        HttpContext http, LoginAttempts attempts, HotspotGateway gateway, IOptions<PortalAccessOptions> access,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var origin = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        LoginAttempt? attempt = null;
        string? ip = SourceIp(http.Connection.RemoteIpAddress);
        string? mac = null;
        if (!access.Value.SeesResidentsDirectly)
        {
            attempt = await attempts.FindAsync(null, http, cancellationToken);
            if (attempt is not null)
            {
                (ip, mac) = (attempt.IpAddress, attempt.MacAddress);
            }
        }

        HotspotActive? session = null;
        if (ip is not null)
        {
            try
            {
                session = await gateway.FindActiveAsync(ip, cancellationToken);
                if (session is not null && mac is not null && !MacAddress.AreEqual(session.MacAddress, mac))
                {
                    session = null;
                }
            }
            catch (RouterTroubleException e)
            {
                Log.PageRouterTrouble(loggers.CreateLogger(typeof(CaptivePortalFeature)), "captive API", e.Message);
            }
        }

        var status = new CaptiveStatus
        {
            Captive = session is null,
            UserPortalUrl = origin + (attempt is null ? "/" : "/?a=" + Uri.EscapeDataString(attempt.Id)),
            VenueInfoUrl = origin + "/pengumuman",
            SecondsRemaining = session?.SessionTimeLeft is { } left ? (long)left.TotalSeconds : null,
            BytesRemaining = session?.LimitBytesTotal is > 0 and long limit
                ? Math.Max(0, limit - (session.BytesIn ?? 0) - (session.BytesOut ?? 0))
                : null,
            CanExtendSession = session is not null,
        };
        http.Response.Headers.CacheControl = "private";
        return Results.Text(JsonSerializer.Serialize(status, CaptiveJsonContext.Default.CaptiveStatus), ContentType);
    }

    private static string? SourceIp(IPAddress? remote) =>
        remote is null ? null : (remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote).ToString();
}
