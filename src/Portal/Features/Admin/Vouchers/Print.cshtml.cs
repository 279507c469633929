using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>
/// <c>/admin/voucher/{id}/cetak</c>: a print sheet of the batch's codes (unused ones unless <c>?status=</c> says
/// otherwise): A4 cut-out cards (3×8 a page) or a 58 mm thermal strip (<c>?format=58</c>), each with a QR code
/// that opens the Portal with the code filled in. Audited as "voucher.print".
/// </summary>
public sealed class PrintModel(PortalDb db, AuditLog audit, VoucherQr qr, TimeProvider time) : PageModel
{
    /// <summary>Cards on one A4 sheet (3 columns × 8 rows).</summary>
    public const int CardsPerSheet = 24;

    /// <summary>One printed voucher: the code and its QR code as inline SVG.</summary>
    public sealed record Card(string Code, string QrSvg);

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StateFilter { get; set; }

    public bool Thermal => Format == "58";

    public VoucherBatch Batch { get; private set; } = null!;

    public VillageSettings Village { get; private set; } = new();

    public IReadOnlyList<Card> Cards { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await BatchView.FindAsync(db, id, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        Batch = batch;
        Village = await KimHotspot.Portal.Features.Members.Tiers.SettingsAsync(db, cancellationToken);
        VoucherState? state = StateFilter == "semua" ? null : VoucherStates.Parse(StateFilter) ?? VoucherState.Unused;
        var codes = await BatchView.Vouchers(db, batch, state, time.GetUtcNow()).Select(v => v.Code).ToListAsync(cancellationToken);
        var baseUrl = qr.BaseUrl(Request);
        Cards = [.. codes.Select(c => new Card(c, VoucherQr.Svg(VoucherQr.LinkFor(baseUrl, c))))];
        audit.Add(db, "voucher.print", VoucherGenerator.Target(id), after: new
        {
            Batch = id, Count = Cards.Count, Format = Thermal ? "58mm" : "A4", State = state?.ToString() ?? "all",
        });
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }
}
