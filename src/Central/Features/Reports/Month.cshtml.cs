using KimHotspot.Central.History;
using KimHotspot.Central.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Central.Features.Reports;

/// <summary><c>/laporan/{yyyy-MM}</c> (every operator): the printable monthly report.</summary>
public sealed class MonthModel(MonthlyReportQuery query, TimeBuckets buckets) : PageModel
{
    public MonthlyReport Report { get; private set; } = null!;

    public TimeZoneInfo Zone => buckets.Zone;

    public async Task<IActionResult> OnGetAsync(string month, CancellationToken cancellationToken)
    {
        if (ReportMonth.Parse(month, buckets.Zone) is not { } m)
        {
            return NotFound();
        }

        Report = await query.BuildAsync(m, cancellationToken);
        return Page();
    }
}
