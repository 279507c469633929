using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>
/// The RFC 8908 Captive Portal API document (reference §7.3), as the router's api.json renders it:
/// real JSON booleans and numbers, <c>application/captive+json</c>, <c>Cache-Control: private</c>.
/// </summary>
internal static class CaptiveApi
{
    public const string MediaType = "application/captive+json";

    public static string Json(ActiveInfo? active, string userPortalUrl)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("captive", active is null);
            json.WriteString("user-portal-url", userPortalUrl);
            if (active is not null)
            {
                if (active.SessionTimeLeft is { } left)
                {
                    json.WriteNumber("seconds-remaining", Math.Max(0L, (long)left.TotalSeconds));
                }

                if (active.LimitBytesTotal is { } limit)
                {
                    json.WriteNumber("bytes-remaining", Math.Max(0L, limit - active.BytesIn - active.BytesOut));
                }

                json.WriteBoolean("can-extend-session", true);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IResult Result(HttpContext context, ActiveInfo? active, string userPortalUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "private";
        return TypedResults.Text(Json(active, userPortalUrl), MediaType);
    }
}
