using System.Globalization;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Vouchers;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>
/// <c>/admin/voucher/{id}/batalkan</c>: the confirm step for revoking one code (<c>?voucher=</c>) or every unused
/// code of the batch; the POST revokes and logs the code's active sessions out on the router.
/// </summary>
public sealed class RevokeModel(PortalDb db, VoucherRevoker revoker, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "voucher")]
    public int? VoucherId { get; set; }

    public VoucherBatch Batch { get; private set; } = null!;

    public Voucher? Voucher { get; private set; }

    public int UnusedCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await BatchView.FindAsync(db, id, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        Batch = batch;
        if (VoucherId is { } vid)
        {
            Voucher = await db.Vouchers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vid && v.BatchId == id, cancellationToken);
            if (Voucher is null || !VoucherRevoker.CanRevoke(Voucher.State))
            {
                return Back(id, t["Kode ini tidak bisa dibatalkan lagi."]);
            }
        }
        else
        {
            UnusedCount = await db.Vouchers.CountAsync(v => v.BatchId == id && v.State == VoucherState.Unused, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (VoucherId is { } vid)
        {
            var one = await revoker.RevokeOneAsync(id, vid, cancellationToken);
            return Back(id, one is null ? t["Kode ini tidak bisa dibatalkan lagi."] : Done(one));
        }

        var all = await revoker.RevokeUnusedAsync(id, cancellationToken);
        return Back(id, Done(all));
    }

    private string Done(RevokeResult result)
    {
        string text = t["{0} kode voucher dibatalkan.", result.Revoked];
        if (result.SessionsEnded > 0)
        {
            text += " " + t["{0} sesi yang sedang aktif diputus.", result.SessionsEnded];
        }

        if (result.RouterFailed)
        {
            text += " " + t["Router tidak bisa dihubungi, jadi sesi yang sedang aktif belum diputus; kode tetap tidak bisa dipakai masuk lagi."];
        }

        return text;
    }

    private RedirectResult Back(int id, string message)
    {
        TempData["Done"] = message;
        return Redirect("~/admin/voucher/" + id.ToString(CultureInfo.InvariantCulture));
    }
}
