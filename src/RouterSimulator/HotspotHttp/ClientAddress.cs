using System.Net;
using Microsoft.AspNetCore.Http;

namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>
/// Which hotspot client sent a request: the connection's source IPv4 address, like the router's
/// own view. When the front listens on loopback only (tests, local demos), the header
/// <c>X-Sim-Client-Ip</c> may name the simulated device instead; it is ignored otherwise, so a
/// real network client can never pretend to be another device.
/// </summary>
internal static class ClientAddress
{
    public const string OverrideHeader = "X-Sim-Client-Ip";

    public static string? Resolve(HttpContext context, bool allowOverride)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remote = context.Connection.RemoteIpAddress;
        if (allowOverride && remote is not null && IPAddress.IsLoopback(remote) &&
            context.Request.Headers.TryGetValue(OverrideHeader, out var values))
        {
            string? text = values.ToString().Trim();
            return IPAddress.TryParse(text, out var claimed) ? Normalize(claimed) : null;
        }

        return remote is null ? null : Normalize(remote);
    }

    public static string Normalize(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
