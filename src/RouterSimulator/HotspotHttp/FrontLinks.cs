using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>
/// The router's own links (<c>$(link-login)</c>, <c>$(link-status)</c> …) built from the address the
/// client actually connected to, so they work whatever Host header a probe request carried.
/// </summary>
internal sealed class FrontLinks
{
    private FrontLinks(string baseUrl) => BaseUrl = baseUrl;

    /// <summary><c>http://address[:port]</c> without a trailing slash.</summary>
    public string BaseUrl { get; }

    public string LoginOnly => BaseUrl + "/login";

    public string Status => BaseUrl + "/status";

    public string Logout => BaseUrl + "/logout";

    public static FrontLinks For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var local = context.Connection.LocalIpAddress ?? IPAddress.Loopback;
        string host = ClientAddress.Normalize(local);
        if (local.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !local.IsIPv4MappedToIPv6)
        {
            host = "[" + host + "]";
        }

        int port = context.Connection.LocalPort;
        string authority = port is 80 or 0 ? host : host + ":" + port.ToString(CultureInfo.InvariantCulture);
        return new FrontLinks("http://" + authority);
    }

    /// <summary><c>$(link-login)</c>: the login URL carrying the original destination.</summary>
    public string Login(string? dst) =>
        string.IsNullOrEmpty(dst) ? LoginOnly : LoginOnly + "?dst=" + Uri.EscapeDataString(dst);

    /// <summary>The URL the client originally asked for (the intercepted request).</summary>
    public static string Original(HttpRequest request) => request.GetDisplayUrl();

    /// <summary>Only absolute http(s) destinations are followed after a login; anything else goes to status.</summary>
    public static bool IsFollowableDestination(string? dst) =>
        Uri.TryCreate(dst, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
