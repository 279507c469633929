using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin;

/// <summary>
/// <c>/admin</c>: greeting, a tile per menu entry, and for KIM admins a few counts from the database (no router
/// calls here, so the home page opens even when the router is down).
/// </summary>
public sealed class AdminHomeModel(PortalDb db, TimeProvider time) : PageModel
{
    public HomeCounts? Counts { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(nameof(AdminRole.Admin)))
        {
            return;
        }

        var now = time.GetUtcNow();
        Counts = new HomeCounts(
            await db.Members.CountAsync(m => m.Status == MemberStatus.Pending, cancellationToken),
            await db.Vouchers.CountAsync(v => v.State == VoucherState.Unused && v.RevokedAt == null, cancellationToken),
            await db.Bulletins.CountAsync(
                b => b.ArchivedAt == null && (b.StartsAt == null || b.StartsAt <= now) && (b.EndsAt == null || b.EndsAt > now), cancellationToken));
    }
}

/// <summary>What a KIM admin sees at a glance.</summary>
public sealed record HomeCounts(int PendingMembers, int UnusedVouchers, int LiveBulletins);
