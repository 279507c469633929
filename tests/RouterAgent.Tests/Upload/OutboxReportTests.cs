using System.Text;
using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Tests.Upload;

public sealed class OutboxReportTests
{
    private static readonly DateTimeOffset Sampled = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Boot = Guid.NewGuid();

    private static OutboxEntry Row(Guid boot, byte[] body) =>
        new(new OutboxKey(boot, 7), PortalHealth.Kind, Sampled, Sampled, false, body);

    private static byte[] Body() =>
        OutboxReport.Serialize(new Report("old-site", Guid.Empty, 0, Sampled, true, 999, new PortalHealth(false, null, null)));

    [Fact]
    public void Serialize_ReportWithAge_RowHasNullAge()
    {
        Assert.Contains("\"ageMs\":null", Encoding.UTF8.GetString(Body()), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowOfThisBoot_KeyFromRowAndAgeFromSampledAt()
    {
        var report = OutboxReport.Read(Row(Boot, Body()), "site-1", Boot, Sampled.AddSeconds(90), TimeSpan.FromHours(1));

        Assert.NotNull(report);
        Assert.Equal(("site-1", Boot, 7L, 90_000L), (report.SiteId, report.BootId, report.Seq, report.AgeMs));
        Assert.Equal(new PortalHealth(false, null, null), report.Body);
    }

    [Fact]
    public void Read_ClockJumpedPastUptime_AgeClampedToUptime()
    {
        var report = OutboxReport.Read(Row(Boot, Body()), "site-1", Boot, Sampled.AddYears(50), TimeSpan.FromMinutes(3));

        Assert.Equal(180_000L, report!.AgeMs);
    }

    [Fact]
    public void Read_RowOfEarlierBoot_AgeNull()
    {
        var report = OutboxReport.Read(Row(Guid.NewGuid(), Body()), "site-1", Boot, Sampled.AddSeconds(90), TimeSpan.FromHours(1));

        Assert.Null(report!.AgeMs);
    }

    [Fact]
    public void Read_NotAReport_Null()
    {
        Assert.Null(OutboxReport.Read(Row(Boot, "42"u8.ToArray()), "site-1", Boot, Sampled, TimeSpan.Zero));
        Assert.Null(OutboxReport.Read(Row(Boot, "{\"v\":1}"u8.ToArray()), "site-1", Boot, Sampled, TimeSpan.Zero));
    }
}
