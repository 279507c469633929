using KimHotspot.Central.Dashboard;
using KimHotspot.Central.History;
using KimHotspot.Central.Sweeper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Features.Dashboard;

/// <summary>One site at <c>/sites/{id}</c>: status, charts of a range (<c>?range=24h|7d|30d</c>), timeline, alerts, pipeline.</summary>
public sealed class SiteModel(
    SiteView view, HistoryQuery history, TimeBuckets buckets, IPortalReachability gateway, IOptions<DashboardOptions> options) : PageModel
{
    public SiteSnapshot Snapshot { get; private set; } = null!;

    public SiteSeries Series { get; private set; } = null!;

    public HistoryRange Range { get; private set; }

    public DashboardOptions Options => options.Value;

    /// <summary>The gateway's active health check of the site's Portal: true, false, or null when not (yet) checked.</summary>
    public bool? PortalThroughGateway { get; private set; }

    /// <summary>The site's Portal through Central's gateway.</summary>
    public string PortalLink => "/sites/" + Uri.EscapeDataString(Snapshot.Site.Id) + "/portal/";

    public async Task<IActionResult> OnGetAsync(string id, string? range, CancellationToken cancellationToken)
    {
        if (await view.LoadAsync(id, cancellationToken) is not { } snapshot)
        {
            return NotFound();
        }

        Snapshot = snapshot;
        PortalThroughGateway = gateway.IsReachable(id);
        Range = ChartRange.TryParse(range, out var r) ? r : HistoryRange.Day;
        var points = await history.SiteAsync(id, Range, cancellationToken);
        Series = SiteSeries.Build(Range, points, snapshot.At, buckets, snapshot.Site.CreatedAt);
        return Page();
    }
}
