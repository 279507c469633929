using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>
/// The admin decisions about one member. Each saves the change together with its audit entry (before/after of the
/// changed fields only, never the password hash or router secret); decisions that take a member off the network then
/// make the router follow. The <c>bool</c> results say whether the router followed (false: router trouble; the
/// database change stands and the sign-in check already refuses the member).
/// </summary>
public sealed class MemberActions(
    PortalDb db, AuditLog audit, MemberRouter router, IPasswordHasher<Member> hasher, TimeProvider time, ILogger<MemberActions> logger)
{
    public Task<Member?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Members.Include(m => m.Tier).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public async Task ApproveAsync(Member member, Tier tier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tier);
        var before = new { member.Status, member.TierId, member.ApprovedAt };
        member.Status = MemberStatus.Active;
        member.TierId = tier.Id;
        member.ApprovedAt = time.GetUtcNow();
        await SaveAsync(member, "member.approve", before, new { member.Status, member.TierId, member.ApprovedAt }, cancellationToken);
        router.Forget(member);
    }

    public async Task<bool> RejectAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var before = new { member.Status };
        member.Status = MemberStatus.Rejected;
        await SaveAsync(member, "member.reject", before, new { member.Status }, cancellationToken);
        return await router.StopAsync(member, remove: true, cancellationToken);
    }

    public async Task<bool> BlockAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var before = new { member.Status };
        member.Status = MemberStatus.Blocked;
        await SaveAsync(member, "member.block", before, new { member.Status }, cancellationToken);
        return await router.StopAsync(member, remove: false, cancellationToken);
    }

    /// <summary>Back to Active; the router user is enabled again at the member's next login.</summary>
    public async Task UnblockAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var before = new { member.Status };
        member.Status = MemberStatus.Active;
        await SaveAsync(member, "member.unblock", before, new { member.Status }, cancellationToken);
        router.Forget(member);
    }

    /// <summary>Sets or clears the end of membership; an end already past takes the member off the router at once.</summary>
    public async Task<bool> SetExpiryAsync(Member member, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var before = new { member.ExpiresAt, member.Status };
        bool ended = expiresAt is { } end && end <= time.GetUtcNow();
        member.ExpiresAt = expiresAt;
        if (ended && member.Status == MemberStatus.Active)
        {
            member.Status = MemberStatus.Expired;
        }
        else if (!ended && member.Status == MemberStatus.Expired)
        {
            member.Status = MemberStatus.Active;
        }

        await SaveAsync(member, "member.expiry", before, new { member.ExpiresAt, member.Status }, cancellationToken);
        if (ended)
        {
            return await router.StopAsync(member, remove: false, cancellationToken);
        }

        router.Forget(member);
        return true;
    }

    /// <summary>The new tier applies from the member's next login (the router user is set to its profile then).</summary>
    public async Task ChangeTierAsync(Member member, Tier tier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tier);
        var before = new { member.TierId };
        member.TierId = tier.Id;
        member.Tier = tier;
        await SaveAsync(member, "member.tier", before, new { member.TierId }, cancellationToken);
        router.Forget(member);
    }

    /// <summary>Sets a new generated password and lifts a lock; returns the password to show once.</summary>
    public async Task<string> ResetPasswordAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var before = new { member.FailedLogins, member.LockedUntil };
        string password = MemberPasswords.New();
        member.PasswordHash = hasher.HashPassword(member, password);
        member.FailedLogins = 0;
        member.LockedUntil = null;
        await SaveAsync(member, "member.password-reset", before, new { member.FailedLogins, member.LockedUntil, PasswordChanged = true }, cancellationToken);
        return password;
    }

    /// <summary>Revokes one remembered device (or all when <paramref name="deviceId"/> is null); returns how many.</summary>
    public async Task<int> RevokeDevicesAsync(Member member, int? deviceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var now = time.GetUtcNow();
        var devices = await db.RememberedDevices
            .Where(d => d.MemberId == member.Id && d.RevokedAt == null && (deviceId == null || d.Id == deviceId))
            .ToListAsync(cancellationToken);
        if (devices.Count == 0)
        {
            return 0;
        }

        devices.ForEach(d => d.RevokedAt = now);
        var ids = devices.Select(d => d.Id).ToList();
        await SaveAsync(member, "member.devices-revoke", new { Devices = ids, RevokedAt = (DateTimeOffset?)null }, new { Devices = ids, RevokedAt = now }, cancellationToken);
        return devices.Count;
    }

    private async Task SaveAsync(Member member, string action, object before, object after, CancellationToken cancellationToken)
    {
        audit.Add(db, action, Target(member.Id), before, after);
        await db.SaveChangesAsync(cancellationToken);
        Log.MemberAdminAction(logger, action, member.Id);
    }

    public static string Target(int memberId) => "member:" + memberId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
