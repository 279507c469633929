using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Operators;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Dashboard;

/// <summary>
/// JSON for the dashboard's scripts, for signed-in operators only (policy <see cref="OperatorPolicies.Viewer"/>):
/// the overview (live refresh), the fleet series and one site's series and live row.
/// </summary>
public static class DashboardApi
{
    public const string Prefix = "/api/dashboard";

    public static void MapDashboardApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(Prefix).RequireAuthorization(OperatorPolicies.Viewer);
        api.MapGet("/overview", OverviewAsync);
        api.MapGet("/fleet/series", FleetAsync);
        api.MapGet("/sites/{id}/series", SiteSeriesAsync);
        api.MapGet("/sites/{id}", SiteAsync);
    }

    private static async Task<Ok<OverviewJson>> OverviewAsync(OverviewQuery query, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
        TypedResults.Ok(OverviewJson.From(await query.LoadAsync(ct), t));

    private static async Task<Results<Ok<SiteSeries>, ValidationProblem>> FleetAsync(
        string? range, SlowFigures slow, TimeBuckets buckets, TimeProvider time)
    {
        if (!ChartRange.TryParse(range, out var r))
        {
            return RangeProblem();
        }

        var points = await slow.GetAsync("fleet-" + ChartRange.Name(r), (s, ct) => s.GetRequiredService<HistoryQuery>().FleetAsync(r, ct));
        return TypedResults.Ok(SiteSeries.Build(r, points, time.GetUtcNow(), buckets));
    }

    private static async Task<Results<Ok<SiteSeries>, NotFound, ValidationProblem>> SiteSeriesAsync(
        string id, string? range, CentralDb db, HistoryQuery history, TimeBuckets buckets, TimeProvider time, CancellationToken ct)
    {
        if (!ChartRange.TryParse(range, out var r))
        {
            return RangeProblem();
        }

        var created = await db.Sites.AsNoTracking().Where(s => s.Id == id).Select(s => (DateTimeOffset?)s.CreatedAt).SingleOrDefaultAsync(ct);
        if (created is null)
        {
            return TypedResults.NotFound();
        }

        var points = await history.SiteAsync(id, r, ct);
        return TypedResults.Ok(SiteSeries.Build(r, points, time.GetUtcNow(), buckets, created));
    }

    private static async Task<Results<Ok<SiteLiveJson>, NotFound>> SiteAsync(string id, SiteView view, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
        await view.LoadAsync(id, ct) is { } site ? TypedResults.Ok(SiteLiveJson.From(site, t)) : TypedResults.NotFound();

    private static ValidationProblem RangeProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["range"] = ["Use 24h, 7d or 30d."] });
}
