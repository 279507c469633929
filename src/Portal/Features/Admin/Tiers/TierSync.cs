using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Router;

namespace KimHotspot.Portal.Features.Admin.Tiers;

/// <summary>One tier's sync outcome, for the page.</summary>
public sealed record TierSyncResult(string TierName, string Profile, bool Ok, string? RouterMessage);

/// <summary>
/// Pushes tiers to the router's hotspot user profiles through <see cref="HotspotGateway.EnsureProfileAsync"/>. The
/// <see cref="ProfileCache"/> entry is forgotten first so the router is really asked (a changed tier would miss the
/// cache anyway; a forced re-sync must not be answered from it). Router trouble is a result, never an exception:
/// the next login's EnsureProfileAsync fixes the profile later.
/// </summary>
public sealed class TierSync(HotspotGateway gateway, ProfileCache profiles, ILogger<TierSync> logger)
{
    public async Task<TierSyncResult> SyncAsync(Tier tier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tier);
        profiles.Forget(tier.RouterProfile);
        try
        {
            await gateway.EnsureProfileAsync(tier, cancellationToken);
            Log.TierSynced(logger, tier.Id, tier.RouterProfile);
            return new TierSyncResult(tier.Name, tier.RouterProfile, Ok: true, null);
        }
        catch (Exception ex) when (RouterFaults.Is(ex))
        {
            profiles.Forget(tier.RouterProfile);
            var message = (ex as RouterTroubleException)?.RouterMessage;
            Log.TierSyncFailed(logger, tier.Id, message ?? ex.Message);
            return new TierSyncResult(tier.Name, tier.RouterProfile, Ok: false, message);
        }
    }
}
