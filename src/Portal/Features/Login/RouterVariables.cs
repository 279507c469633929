using System.Net;
using System.Net.Sockets;
using KimHotspot.RouterOs.Values;
using Microsoft.Extensions.Primitives;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// Reads the variables the router's <c>login.html</c> sends along (reference §6.3 step 2) from a query or a
/// form into a new <see cref="LoginAttempt"/>. Only <c>mac</c> and <c>ip</c> are required.
/// </summary>
public static class RouterVariables
{
    private const int MaxText = 2048;

    /// <summary>True when the request carries router context (a <c>mac</c> or an <c>ip</c>).</summary>
    public static bool Present(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.Any(v => v.Key is "mac" or "ip");

    /// <summary>The attempt described by the variables, or null when mac or ip is missing or malformed.</summary>
    public static LoginAttempt? Read(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var map = values.ToDictionary(v => v.Key, v => v.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (!MacAddress.TryNormalize(Get(map, "mac"), out var mac)
            || !IPAddress.TryParse(Get(map, "ip") ?? string.Empty, out var ip)
            || ip.AddressFamily != AddressFamily.InterNetwork)
        {
            return null;
        }

        return new LoginAttempt
        {
            MacAddress = mac,
            IpAddress = ip.ToString(),
            LinkLoginOnly = Get(map, "link-login-only"),
            LinkOrig = Get(map, "link-orig"),
            ChapId = Get(map, "chap-id"),
            ChapChallenge = Get(map, "chap-challenge"),
            ServerName = Get(map, "server-name"),
            RouterIdentity = Get(map, "identity"),
        };
    }

    private static string? Get(Dictionary<string, string> map, string key) =>
        map.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) && v.Length <= MaxText ? v.Trim() : null;
}
