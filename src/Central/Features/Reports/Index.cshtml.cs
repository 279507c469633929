using KimHotspot.Central.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Central.Features.Reports;

/// <summary><c>/laporan</c> (every operator): the months that have history, newest first.</summary>
public sealed class IndexModel(MonthlyReportQuery query) : PageModel
{
    public IReadOnlyList<ReportMonth> Months { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Months = await query.MonthsAsync(cancellationToken);
}
