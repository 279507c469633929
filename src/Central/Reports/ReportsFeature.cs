using KimHotspot.Central.History;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Operators;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Reports;

/// <summary>
/// Monthly reports for every operator: <c>/laporan</c> (months), <c>/laporan/{yyyy-MM}</c> (printable page) and
/// <c>/laporan/{yyyy-MM}.csv</c>.
/// </summary>
public static class ReportsFeature
{
    public const string ListPath = "/laporan";

    public static string MonthPath(string key) => ListPath + "/" + key;

    public static string CsvPath(string key) => ListPath + "/" + key + ".csv";

    public static void AddReports(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<MonthlyReportQuery>();
    }

    public static void MapReports(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(ListPath + "/{month}.csv", CsvAsync).RequireAuthorization(OperatorPolicies.Viewer);
    }

    private static async Task<IResult> CsvAsync(
        string month, MonthlyReportQuery query, TimeBuckets buckets, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (ReportMonth.Parse(month, buckets.Zone) is not { } m)
        {
            return TypedResults.NotFound();
        }

        var report = await query.BuildAsync(m, ct);
        var bytes = ReportCsv.Write(report, key => t[key].Value);
        return TypedResults.File(bytes, ReportCsv.ContentType, $"laporan-kimhotspot-{m.Key}.csv");
    }
}
