using KimHotspot.Central.Ingest;
using static KimHotspot.Central.Tests.Ingest.Samples;

namespace KimHotspot.Central.Tests.Ingest;

public sealed class ClockCorrectionTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset Received = Noon.AddMinutes(30);

    [Fact]
    public void Correct_SyncedClockSmallOffset_KeepsSampledAt()
    {
        var report = Report("s", 1, Noon, Portal(), synced: true, ageMs: 5_000);

        var time = ClockCorrection.Correct(report, Received, TimeSpan.FromSeconds(3), Tolerance);

        Assert.Equal(new EffectiveTime(Noon, false), time);
    }

    [Fact]
    public void Correct_SyncedClockButLargeOffset_UsesAge()
    {
        var report = Report("s", 1, Noon.AddHours(-5), Portal(), synced: true, ageMs: 60_000);

        var time = ClockCorrection.Correct(report, Received, TimeSpan.FromHours(5), Tolerance);

        Assert.Equal(new EffectiveTime(Received.AddMinutes(-1), true), time);
    }

    [Fact]
    public void Correct_UnsyncedWith1970Clock_UsesReceivedMinusAge()
    {
        var report = Report("s", 1, DateTimeOffset.UnixEpoch.AddMinutes(3), Portal(), synced: false, ageMs: 90_000);

        var time = ClockCorrection.Correct(report, Received, null, Tolerance);

        Assert.Equal(new EffectiveTime(Received.AddSeconds(-90), true), time);
    }

    [Fact]
    public void Correct_SyncedSampleInTheFuture_IsNotTrusted()
    {
        var report = Report("s", 1, Received.AddHours(2), Portal(), synced: true, ageMs: 10_000);

        var time = ClockCorrection.Correct(report, Received, TimeSpan.Zero, Tolerance);

        Assert.Equal(new EffectiveTime(Received.AddSeconds(-10), true), time);
    }

    [Fact]
    public void Correct_NoAgeSkewedClock_AddsTheMeasuredOffset()
    {
        // Before a restart, on a board whose clock runs 20 minutes behind: the offset measured now places it.
        var report = Report("s", 1, Noon.AddMinutes(-20), Portal(), synced: false, ageMs: null);

        var time = ClockCorrection.Correct(report, Received, TimeSpan.FromMinutes(20), Tolerance);

        Assert.Equal(new EffectiveTime(Noon, true), time);
    }

    [Fact]
    public void Correct_NoAgeAnd1970Clock_FallsBackToReceiveTime()
    {
        var report = Report("s", 1, DateTimeOffset.UnixEpoch.AddHours(1), Portal(), synced: false, ageMs: null);

        var time = ClockCorrection.Correct(report, Received, TimeSpan.FromSeconds(1), Tolerance);

        Assert.Equal(new EffectiveTime(Received, true), time);
    }

    [Fact]
    public void Correct_NoAgeEstimateInTheFuture_ClampsToReceiveTime()
    {
        var report = Report("s", 1, Received.AddMinutes(10), Portal(), synced: false, ageMs: null);

        var time = ClockCorrection.Correct(report, Received, TimeSpan.FromMinutes(1), Tolerance);

        Assert.Equal(new EffectiveTime(Received, true), time);
    }

    [Fact]
    public void Correct_HourlySummary_PlacesItsHourStart()
    {
        var hour = Noon.AddHours(-3);
        var report = Report("s", 1, Noon, Summary(hour, 100), synced: true, ageMs: null);

        var time = ClockCorrection.Correct(report, Received, TimeSpan.Zero, Tolerance);

        Assert.Equal(new EffectiveTime(hour, false), time);
    }

    [Fact]
    public void SiteOffset_BatchCarriesAgentHealth_NewestWins()
    {
        var reports = new[] { Report("s", 1, Noon, Agent(5_000)), Report("s", 2, Noon, Portal()), Report("s", 3, Noon, Agent(7_000)) };

        Assert.Equal(TimeSpan.FromSeconds(7), ClockCorrection.SiteOffset(reports, 1_000, TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData(2_000L, 2.0)]
    [InlineData(null, 3600.0)]
    public void SiteOffset_NoAgentHealth_FallsBackToKnownThenSignature(long? known, double expectedSeconds)
    {
        var reports = new[] { Report("s", 1, Noon, Portal()) };

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), ClockCorrection.SiteOffset(reports, known, TimeSpan.FromHours(1)));
    }
}
