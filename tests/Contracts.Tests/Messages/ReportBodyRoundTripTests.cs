using System.Text.Json.Nodes;
using KimHotspot.Contracts.Messages;

namespace KimHotspot.Contracts.Tests.Messages;

public class ReportBodyRoundTripTests
{
    [Fact]
    public void RoundTrip_RouterHealth_KeepsEveryField() => AssertRoundTrip(Samples.RouterHealth(), "routerHealth");

    [Fact]
    public void RoundTrip_RouterUnreachable_KeepsNulls() => AssertRoundTrip(Samples.RouterUnreachable(), "routerHealth");

    [Fact]
    public void RoundTrip_HotspotUsage_KeepsEveryField() => AssertRoundTrip(Samples.HotspotUsage(), "hotspotUsage");

    [Fact]
    public void RoundTrip_PortalHealth_KeepsEveryField() => AssertRoundTrip(Samples.PortalHealth(), "portalHealth");

    [Fact]
    public void RoundTrip_PortalUnreachable_KeepsNulls() => AssertRoundTrip(new PortalHealth(false, null, null), "portalHealth");

    [Fact]
    public void RoundTrip_AgentHealth_KeepsEveryField() => AssertRoundTrip(Samples.AgentHealth(), "agentHealth");

    [Fact]
    public void RoundTrip_HourlySummary_KeepsEveryField() => AssertRoundTrip(Samples.HourlySummary(), "hourlySummary");

    [Fact]
    public void RoundTrip_ReportEnvelope_KeepsKeyAndClockFields()
    {
        var report = Samples.Report(42, Samples.PortalHealth(), ageMs: null) with { ClockSynced = false };

        var back = Assert.Single(Wire.RoundTrip(new ReportBatch(1, Samples.SiteId, [report])).Reports);

        Assert.Equal(new ReportKey(Samples.BootId, 42), back.Key);
        Assert.Equal(Samples.At, back.SampledAt);
        Assert.False(back.ClockSynced);
        Assert.Null(back.AgeMs);
    }

    [Fact]
    public void Serialize_Batch_WritesVersionAsLowercaseV()
    {
        var node = JsonNode.Parse(Wire.Serialize(Samples.Batch()))!;

        Assert.Equal(1, (int)node["v"]!);
        Assert.Equal(Samples.SiteId, (string)node["siteId"]!);
    }

    private static void AssertRoundTrip(ReportBody body, string kind)
    {
        var batch = new ReportBatch(1, Samples.SiteId, [Samples.Report(1, body)]);
        var json = Wire.Serialize(batch);

        var back = Assert.Single(Wire.Batch(json).Reports);

        Assert.Equal((string)JsonNode.Parse(json)!["reports"]![0]!["body"]!["kind"]!, kind);
        Assert.IsType(body.GetType(), back.Body);
        Assert.Equivalent(body, back.Body, strict: true);
        Assert.Equal(json, Wire.Serialize(Wire.Batch(json)));
    }
}
