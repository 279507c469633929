using KimHotspot.RouterAgent.Collect;
using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.RouterAgent.Tests.Collect;

public sealed class HotspotLedgerTests
{
    private static HotspotActive Session(string id, string user, long bytesIn, long bytesOut, string loginBy = "http-chap", string mac = "AA:BB:CC:00:00:01") =>
        new() { Id = id, User = user, MacAddress = mac, LoginBy = loginBy, BytesIn = bytesIn, BytesOut = bytesOut };

    private static HotspotLedger.UserCounters User(string name, long bytesIn, long bytesOut) => new(name, bytesIn, bytesOut);

    [Fact]
    public void Advance_FirstReading_IsBaseline()
    {
        var ledger = new HotspotLedger(new HotspotPollerOptions());

        Assert.Null(ledger.Advance([Session("*1", "v1", 10, 20)], [User("v1", 10, 20)], rebooted: false));
    }

    [Fact]
    public void Advance_UserSessionEndedAndNewStarted_BytesFromUserTotals()
    {
        var ledger = new HotspotLedger(new HotspotPollerOptions());
        ledger.Advance([Session("*1", "v1", 100, 1000)], [User("v1", 100, 1000)], false);

        // *1 moved 200/2000 more, then ended; *2 started and moved 50/500.
        var i = ledger.Advance([Session("*2", "v1", 50, 500, "http-pap")], [User("v1", 350, 3500)], false)!;

        Assert.Equal(250, i.BytesIn);
        Assert.Equal(2500, i.BytesOut);
        Assert.Equal(1, i.SessionStarts);
        Assert.Equal(1, i.SessionEnds);
        Assert.Equal(1, i.SessionsByLoginMethod["http-pap"]);
        Assert.Equal(1, i.PeakConcurrent);
    }

    [Fact]
    public void Advance_UserRecreatedUnderSameNameAndOutgrewOldTotals_NewCountersCountFromZero()
    {
        var ledger = new HotspotLedger(new HotspotPollerOptions());
        ledger.Advance([], [new HotspotLedger.UserCounters("v1", 1_000, 10_000, "*7")], false);

        // v1 deleted and made again (new .id *9) between polls; its new totals are larger than the old ones.
        var i = ledger.Advance([], [new HotspotLedger.UserCounters("v1", 5_000, 50_000, "*9")], false)!;

        Assert.Equal((5_000L, 50_000L), (i.BytesIn, i.BytesOut));
    }

    [Fact]
    public void Advance_TrialSessions_BytesFromSessionCounters()
    {
        var ledger = new HotspotLedger(new HotspotPollerOptions());
        ledger.Advance([Session("*1", "T-AA:BB:CC:00:00:01", 100, 1000, "trial")], [], false);

        var i = ledger.Advance(
            [Session("*1", "T-AA:BB:CC:00:00:01", 130, 1300, "trial"), Session("*2", "T-AA:BB:CC:00:00:02", 7, 70, "trial", "AA:BB:CC:00:00:02")],
            [], false)!;

        Assert.Equal(30 + 7, i.BytesIn);
        Assert.Equal(300 + 70, i.BytesOut);
        Assert.Equal(1, i.SessionStarts);
        Assert.Equal(0, i.SessionEnds);
        Assert.Equal(2, i.PeakConcurrent);
        Assert.Equal(1, i.SessionsByLoginMethod["trial"]);
    }

    [Fact]
    public void Advance_Rebooted_EverythingCountsFromZero()
    {
        var ledger = new HotspotLedger(new HotspotPollerOptions());
        ledger.Advance([Session("*1", "v1", 100, 1000), Session("*2", "T-x", 5, 5, "trial")], [User("v1", 900, 9000)], false);

        // After the reboot the same id is reused and the user total grew past its old value again.
        var i = ledger.Advance([Session("*1", "v1", 1000, 10000)], [User("v1", 1000, 10000)], rebooted: true)!;

        Assert.Equal(1000, i.BytesIn);
        Assert.Equal(10000, i.BytesOut);
        Assert.Equal(1, i.SessionStarts);
        Assert.Equal(2, i.SessionEnds);
        Assert.Equal(2, i.PeakConcurrent); // both were running when the interval began
    }

    [Fact]
    public void Advance_UserCountersExcludeActive_AddsRunningSessions()
    {
        var ledger = new HotspotLedger(new HotspotPollerOptions { UserCountersIncludeActiveSessions = false });
        ledger.Advance([Session("*1", "v1", 100, 1000)], [User("v1", 0, 0)], false);

        // *1 ended at 300/3000 (now in the user total), *2 is running at 40/400.
        var i = ledger.Advance([Session("*2", "v1", 40, 400)], [User("v1", 300, 3000)], false)!;

        Assert.Equal(240, i.BytesIn);
        Assert.Equal(2400, i.BytesOut);
    }

    [Fact]
    public void Advance_WithoutUserCounters_SessionDeltasOnly()
    {
        var ledger = new HotspotLedger(new HotspotPollerOptions { UseUserCounters = false });
        ledger.Advance([Session("*1", "v1", 100, 1000)], [User("v1", 100, 1000)], false);

        var i = ledger.Advance([Session("*1", "v1", 150, 1100)], [User("v1", 5000, 5000)], false)!;

        Assert.Equal(50, i.BytesIn);
        Assert.Equal(100, i.BytesOut);
    }
}
