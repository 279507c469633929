using System.Globalization;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary><c>/admin/voucher/{id}/csv</c>: the batch's codes as a CSV download (optionally one state); audited as "voucher.export".</summary>
public sealed class CsvModel(PortalDb db, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<CsvModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string? status, CancellationToken cancellationToken)
    {
        if (await BatchView.FindAsync(db, id, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        var state = VoucherStates.Parse(status);
        var vouchers = await BatchView.Vouchers(db, batch, state, now).ToListAsync(cancellationToken);
        var tier = batch.Tier?.Name ?? string.Empty;
        var csv = VoucherCsv.Build(
            vouchers.Select(v => new VoucherCsv.Row(v.Code, VoucherStates.Effective(v, batch.UseBefore, now), v.FirstUsedAt, v.ExpiresAt, tier)), t);
        audit.Add(db, "voucher.export", VoucherGenerator.Target(id), after: new { Batch = id, Count = vouchers.Count, Format = "csv", State = state?.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        Log.VouchersExported(logger, id, vouchers.Count, "exported as CSV");
        return File(csv, "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"voucher-batch-{id}.csv"));
    }
}
