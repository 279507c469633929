using KimHotspot.Portal.Features.Members;

namespace KimHotspot.Portal.Router;

/// <summary>
/// Everything the Portal asks of the village router, over the reconnecting RouterOS client:
/// is this (ip, mac) a real hotspot host, make the router's user and profile match a tier,
/// log a device in and out, read its session.
/// </summary>
public sealed class HotspotGateway
{
    /// <summary>True when the router lists a hotspot host with exactly this ip and mac.</summary>
    public Task<bool> IsHostAsync(string ip, string mac, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Makes the router's hotspot user profile named <see cref="Tier.RouterProfile"/> match the tier.</summary>
    public Task EnsureProfileAsync(Tier tier, CancellationToken cancellationToken) => throw new NotImplementedException();
}
