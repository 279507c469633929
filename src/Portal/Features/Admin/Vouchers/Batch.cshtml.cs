using System.Globalization;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>
/// <c>/admin/voucher/{id}</c>: a batch's codes with state, first use, expiry and devices, filtered by state, 50 a page.
/// Codes show as their last three characters until the admin asks to see them (<c>?tampil=1</c>, audited).
/// </summary>
public sealed class BatchModel(PortalDb db, AuditLog audit, TimeProvider time, ILogger<BatchModel> logger) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StateFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "hal")]
    public int PageNumber { get; set; } = 1;

    /// <summary><c>?tampil=1</c>: show the codes in full.</summary>
    [BindProperty(SupportsGet = true, Name = "tampil")]
    public int RevealFlag { get; set; }

    public bool Reveal => RevealFlag == 1;

    public VoucherBatch Batch { get; private set; } = null!;

    public VoucherState? State { get; private set; }

    public IReadOnlyList<Voucher> Vouchers { get; private set; } = [];

    public bool HasMore { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await BatchView.FindAsync(db, id, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        Batch = batch;
        State = VoucherStates.Parse(StateFilter);
        PageNumber = Math.Max(1, PageNumber);
        Now = time.GetUtcNow();
        var list = await BatchView.Vouchers(db, batch, State, Now).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = list.Count > PageSize;
        Vouchers = [.. list.Take(PageSize)];
        if (Reveal && Vouchers.Count > 0)
        {
            audit.Add(db, "voucher.export", VoucherGenerator.Target(id), after: new { Batch = id, Count = Vouchers.Count, Format = "screen", State = State?.ToString() });
            await db.SaveChangesAsync(cancellationToken);
            Log.VouchersExported(logger, id, Vouchers.Count, "shown");
        }

        return Page();
    }

    /// <summary>This page's URL with one query value changed.</summary>
    public string Link(string? status = null, int? page = null, bool? reveal = null)
    {
        var query = new List<string>();
        if ((status ?? StateFilter) is { Length: > 0 } s && s != "semua")
        {
            query.Add("status=" + Uri.EscapeDataString(s));
        }

        if ((page ?? 1) > 1)
        {
            query.Add("hal=" + page!.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (reveal ?? Reveal)
        {
            query.Add("tampil=1");
        }

        return Request.PathBase + "/admin/voucher/" + Batch.Id.ToString(CultureInfo.InvariantCulture) + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
    }
}
