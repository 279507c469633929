using System.Globalization;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Admin.Shared;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Vouchers;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>What a revoke did: codes revoked, router sessions ended, and whether the router could be asked.</summary>
public sealed record RevokeResult(int Revoked, int SessionsEnded, bool RouterFailed);

/// <summary>
/// Revokes codes (State Revoked + RevokedAt, audited, saved together), then logs their active sessions out on
/// the router (<c>/ip/hotspot/active</c> rows whose user is the code's router user). A router that cannot be
/// reached does not undo the revoke: the resident login refuses the code anyway.
/// </summary>
public sealed class VoucherRevoker(PortalDb db, AuditLog audit, IRouterOsApi api, TimeProvider time, ILogger<VoucherRevoker> logger)
{
    /// <summary>States a KIM admin may revoke one code from.</summary>
    public static bool CanRevoke(VoucherState state) => state is VoucherState.Unused or VoucherState.Active;

    /// <summary>Revokes one code of <paramref name="batchId"/>; null when there is no such revocable code.</summary>
    public async Task<RevokeResult?> RevokeOneAsync(int batchId, int voucherId, CancellationToken cancellationToken)
    {
        var voucher = await db.Vouchers.FirstOrDefaultAsync(v => v.Id == voucherId && v.BatchId == batchId, cancellationToken);
        if (voucher is null || !CanRevoke(voucher.State))
        {
            return null;
        }

        var before = new { voucher.State, Code = VoucherMask.Tail(voucher.Code) };
        Revoke(voucher);
        audit.Add(db, "voucher.revoke", "voucher:" + voucher.Id.ToString(CultureInfo.InvariantCulture), before,
            new { voucher.State, Code = VoucherMask.Tail(voucher.Code), Batch = batchId });
        await db.SaveChangesAsync(cancellationToken);
        Log.VouchersRevoked(logger, batchId, 1);
        var (ended, failed) = await LogOutAsync([voucher.RouterUser], cancellationToken);
        return new RevokeResult(1, ended, failed);
    }

    /// <summary>Revokes every unused code of the batch (never-used codes have no session to end).</summary>
    public async Task<RevokeResult> RevokeUnusedAsync(int batchId, CancellationToken cancellationToken)
    {
        var unused = await db.Vouchers.Where(v => v.BatchId == batchId && v.State == VoucherState.Unused).ToListAsync(cancellationToken);
        if (unused.Count == 0)
        {
            return new RevokeResult(0, 0, false);
        }

        unused.ForEach(Revoke);
        audit.Add(db, "voucher.revoke-unused", VoucherGenerator.Target(batchId),
            new { State = VoucherState.Unused, Count = unused.Count }, new { State = VoucherState.Revoked, Count = unused.Count });
        await db.SaveChangesAsync(cancellationToken);
        Log.VouchersRevoked(logger, batchId, unused.Count);
        var (ended, failed) = await LogOutAsync([.. unused.Select(v => v.RouterUser)], cancellationToken);
        return new RevokeResult(unused.Count, ended, failed);
    }

    private void Revoke(Voucher voucher)
    {
        voucher.State = VoucherState.Revoked;
        voucher.RevokedAt = time.GetUtcNow();
    }

    /// <summary>Removes the active sessions of <paramref name="users"/>; (sessions ended, router failed).</summary>
    private async Task<(int Ended, bool Failed)> LogOutAsync(IReadOnlyList<string> users, CancellationToken cancellationToken)
    {
        var wanted = users.Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return (0, false);
        }

        try
        {
            return (await api.EndSessionsOfAsync(wanted, cancellationToken), false);
        }
        catch (Exception e) when (RouterFaults.Is(e))
        {
            Log.VoucherLogoutFailed(logger, e);
            return (0, true);
        }
    }
}
