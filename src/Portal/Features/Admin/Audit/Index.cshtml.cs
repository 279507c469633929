using KimHotspot.Portal.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using KimHotspot.Portal.Features.Admin.Shared;

namespace KimHotspot.Portal.Features.Admin.Audit;

/// <summary><c>/admin/audit</c>: the audit log, newest first, 50 a page (<c>?halaman=</c>; "page" is a Razor Pages route value), filtered; <c>?handler=Csv</c> downloads the filtered view.</summary>
public sealed class AuditModel(PortalDb db, TimeProvider time, ILogger<AuditModel> logger) : PageModel
{
    public const int PageSize = 50;

    public AuditFilter Filter { get; private set; } = new(null, null, null, null, null);

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(string? actor, string? action, string? target, DateOnly? from, DateOnly? to, int halaman, CancellationToken cancellationToken)
    {
        Filter = new AuditFilter(actor, action, target, from, to);
        PageNumber = Math.Max(1, halaman);
        var entries = await Filter.Apply(db, time).AsNoTracking()
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNext = entries.Count > PageSize;
        Rows = [.. entries.Take(PageSize).Select(e => new AuditRow(e, VillageTime.Format(e.At, time), AuditChanges.Describe(e.Before, e.After)))];
    }

    public async Task<IActionResult> OnGetCsvAsync(string? actor, string? action, string? target, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var entries = await new AuditFilter(actor, action, target, from, to).Apply(db, time).AsNoTracking().ToListAsync(cancellationToken);
        Log.AuditExported(logger, entries.Count);
        var day = TimeZoneInfo.ConvertTime(time.GetUtcNow(), time.LocalTimeZone).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return File(AuditCsv.Write(entries, time), "text/csv; charset=utf-8", $"audit-{day}.csv");
    }

    /// <summary>The link to page <paramref name="page"/> (or the CSV when <paramref name="csv"/>) of the same filter.</summary>
    public string Link(int page, bool csv = false)
    {
        var values = Filter.ToRouteValues();
        if (csv)
        {
            values["handler"] = "Csv";
        }
        else if (page > 1)
        {
            values["halaman"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.PathBase + "/admin/audit", values!);
    }
}

/// <summary>One audit entry with its local time and readable changes.</summary>
public sealed record AuditRow(AuditEntry Entry, string At, IReadOnlyList<string> Changes);
