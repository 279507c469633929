using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KimHotspot.Central.Metrics;

/// <summary><c>GET /metrics</c> in Prometheus text format; behind a bearer token when <c>Metrics:Token</c> is set.</summary>
internal static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void MapMetricsEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, async (HttpContext http, SiteMetrics metrics, IOptions<MetricsOptions> options, CancellationToken ct) =>
        {
            if (!Allowed(http.Request, options.Value.Token))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            return Results.Text(await metrics.RenderAsync(ct), PrometheusText.ContentType);
        }).AllowAnonymous().DisableAntiforgery();

    private static bool Allowed(HttpRequest request, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(header[bearer.Length..].Trim())), SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
