using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>What an erasure removed (the audit entry keeps only these counts and the member id).</summary>
public sealed record ErasureCounts(int Devices, int Sessions, int Trials, int Attempts, int Throttles, bool RouterFollowed);

/// <summary>
/// Deletes a member with all their personal data (UU 27/2022): the member, remembered devices, session history of
/// their router user and of their devices' MACs, trial use by their phone or MACs, pending login attempts and
/// throttle rows of those MACs, then the router user, the trial router users of those MACs, and their sessions. One save, audited without personal data.
/// </summary>
public sealed class MemberEraser(PortalDb db, AuditLog audit, MemberRouter router, ILogger<MemberEraser> logger)
{
    public async Task<ErasureCounts> EraseAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var devices = await db.RememberedDevices.Where(d => d.MemberId == member.Id).ToListAsync(cancellationToken);
        var sessionsOfUser = await db.SessionRecords.Where(s => s.RouterUser == member.RouterUser).ToListAsync(cancellationToken);
        var macs = devices.Select(d => d.MacAddress).Concat(sessionsOfUser.Select(s => s.MacAddress))
            .Where(m => m.Length > 0).Select(m => m.ToUpperInvariant()).ToList();
        macs = [.. macs.Concat(macs.Select(m => m.ToLowerInvariant())).Distinct()]; // stored upper-case; lower just in case

        var sessions = sessionsOfUser
            .Concat(await db.SessionRecords.Where(s => macs.Contains(s.MacAddress)).ToListAsync(cancellationToken))
            .DistinctBy(s => s.Id).ToList();
        var trials = await db.TrialUsages.Where(t => t.Phone == member.Phone || macs.Contains(t.MacAddress)).ToListAsync(cancellationToken);
        var attempts = await db.LoginAttempts.Where(a => macs.Contains(a.MacAddress)).ToListAsync(cancellationToken);
        var throttles = await db.DeviceThrottles.Where(t => macs.Contains(t.MacAddress)).ToListAsync(cancellationToken);

        db.RememberedDevices.RemoveRange(devices);
        db.SessionRecords.RemoveRange(sessions);
        db.TrialUsages.RemoveRange(trials);
        db.LoginAttempts.RemoveRange(attempts);
        db.DeviceThrottles.RemoveRange(throttles);
        db.Members.Remove(member);
        var counts = new { Devices = devices.Count, Sessions = sessions.Count, Trials = trials.Count, Attempts = attempts.Count, Throttles = throttles.Count };
        audit.Add(db, "member.delete", MemberActions.Target(member.Id), before: counts, after: null);
        await db.SaveChangesAsync(cancellationToken);
        Log.MemberErased(logger, member.Id, sessions.Count, devices.Count);

        bool followed = await router.StopAsync(member, remove: true, cancellationToken);
        var trialMacs = macs.Concat(trials.Select(t => t.MacAddress)).Select(m => m.ToUpperInvariant()).Distinct().ToList();
        if (followed)
        {
            followed = await router.RemoveTrialUsersAsync(trialMacs, member.Id, cancellationToken); // router down: no second wait
        }
        return new ErasureCounts(devices.Count, sessions.Count, trials.Count, attempts.Count, throttles.Count, followed);
    }
}
