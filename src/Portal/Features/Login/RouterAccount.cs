using KimHotspot.Portal.Features.Members;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// The router-side hotspot user a device is logged in as: a member's, a voucher's or a trial's.
/// Limits are what the router should enforce from now on (null = only the tier's).
/// </summary>
/// <param name="UserName">Router hotspot user name, e.g. "m-42", "v-17", "tr-AABBCCDDEEFF".</param>
/// <param name="Password">Router-side secret (never a resident's own password).</param>
/// <param name="Tier">The tier whose router profile applies.</param>
/// <param name="LimitUptime">Total online time the router allows this user (cumulative router counter).</param>
/// <param name="LimitBytesTotal">Total bytes the router allows this user (cumulative router counter).</param>
public sealed record RouterAccount(
    string UserName, string Password, Tier Tier, TimeSpan? LimitUptime = null, long? LimitBytesTotal = null);
