using System.Net;
using System.Text;
using KimHotspot.Central.Tests.CentralFixture;

namespace KimHotspot.Central.Tests.Reports;

public class ReportPageTests
{
    [Fact]
    public async Task MonthPageAndCsv_Viewer_ShowSeededSites()
    {
        await using var app = CentralApp.Create();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        await app.WithDbAsync(async db =>
        {
            await ReportSeed.AddAsync(db, [ReportSeed.Site("71.74.01.2001", "Mogolaing", createdAt: start.AddYears(-1))],
                ReportSeed.Hours("71.74.01.2001", start, 24, h => h.BytesIn = 1_000_000));
            return 0;
        });
        using var client = await OperatorKit.SignedInClientAsync(app, "Viewer");

        var list = await client.GetStringAsync(new Uri("/laporan", UriKind.Relative));
        var page = await client.GetStringAsync(new Uri("/laporan/2025-01", UriKind.Relative));
        using var csv = await client.GetAsync(new Uri("/laporan/2025-01.csv", UriKind.Relative));

        Assert.Contains("/laporan/2025-01.csv", list, StringComparison.Ordinal);
        Assert.Contains("Mogolaing", page, StringComparison.Ordinal);
        Assert.Contains("window.print()", page, StringComparison.Ordinal);
        Assert.Contains("@media print", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var row = Encoding.UTF8.GetString(bytes).Split("\r\n")[1];
        Assert.StartsWith("71.74.01.2001;Mogolaing;", row, StringComparison.Ordinal);
        Assert.Contains(";24000000;", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Anonymous_RedirectedToLogin()
    {
        await using var app = CentralApp.Create();
        using var client = OperatorKit.AnonymousClient(app);

        using var csv = await client.GetAsync(new Uri("/laporan/2025-01.csv", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/laporan/2025-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
        Assert.Contains("/masuk", csv.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task MonthPage_NotAMonth_NotFound()
    {
        await using var app = CentralApp.Create();
        using var client = await OperatorKit.SignedInClientAsync(app, "Viewer");

        using var page = await client.GetAsync(new Uri("/laporan/2025-13", UriKind.Relative));
        using var csv = await client.GetAsync(new Uri("/laporan/bukan.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
    }
}
