using KimHotspot.Portal.Features.Login;

namespace KimHotspot.Portal.Features.Members;

/// <summary>
/// The router account a member logs in as. Daily limits: the router's limit-uptime and
/// limit-bytes-total are cumulative counters, so at the first login of a village-local day the
/// Portal keeps the user's counters as that day's baseline (on <see cref="Member"/>), and sets the
/// limits to baseline + the tier's daily allowance. Counters below the baseline (router reset)
/// start a new baseline.
/// </summary>
public sealed class MemberAccounts(RouterUsage usage, TimeProvider time)
{
    /// <summary>
    /// Builds the account and updates the member's baseline (the caller saves); null when today's
    /// allowance is already used up. Router trouble throws.
    /// </summary>
    public async Task<RouterAccount?> BuildAsync(Member member, Tier tier, CancellationToken cancellationToken)
    {
        TimeSpan? limitUptime = null;
        long? limitBytes = null;
        if (tier.DailyTimeLimit is not null || tier.DailyDataLimitBytes is not null)
        {
            var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            var now = await usage.ReadAsync(member.RouterUser, cancellationToken);
            if (member.UsageDay != today || now.Uptime < member.UsageBaseUptime || now.Bytes < member.UsageBaseBytes)
            {
                member.UsageDay = today;
                member.UsageBaseUptime = now.Uptime;
                member.UsageBaseBytes = now.Bytes;
            }

            limitUptime = member.UsageBaseUptime + tier.DailyTimeLimit;
            limitBytes = member.UsageBaseBytes + tier.DailyDataLimitBytes;
            if (RouterUsage.Reached(now, limitUptime, limitBytes))
            {
                return null;
            }
        }

        return new RouterAccount(member.RouterUser, member.RouterSecret, tier, limitUptime, limitBytes);
    }
}
