using KimHotspot.Central.Live;

namespace KimHotspot.Central.Tests.Live;

public sealed class InProcessLiveStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task UpdateAsync_NewerSample_OverwritesFiguresItCarries()
    {
        var state = new InProcessLiveState();
        await state.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0, CpuLoadPercent = 10, ActiveUsers = 3 });

        await state.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0.AddMinutes(1), LastSampleAt = T0.AddMinutes(1), CpuLoadPercent = 80 });

        var live = await state.GetAsync("a");
        Assert.Equal((80, 3), (live!.CpuLoadPercent, live.ActiveUsers));
        Assert.Equal(T0.AddMinutes(1), live.LastSampleAt);
    }

    [Fact]
    public async Task UpdateAsync_OlderSampleArrivingLater_OnlyFillsUnknownFiguresButMovesLastSeen()
    {
        var state = new InProcessLiveState();
        await state.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0, CpuLoadPercent = 80 });

        await state.UpdateAsync(new SiteLive
        {
            SiteId = "a", LastSeen = T0.AddMinutes(5), LastSampleAt = T0.AddHours(-2), CpuLoadPercent = 5, PortalReachable = true,
        });

        var live = await state.GetAsync("a");
        Assert.Equal((80, true), (live!.CpuLoadPercent, live.PortalReachable));
        Assert.Equal((T0.AddMinutes(5), T0), (live.LastSeen, live.LastSampleAt!.Value));
    }

    [Fact]
    public async Task UpdateAsync_RebootTime_OnlyMovesForward()
    {
        var state = new InProcessLiveState();
        await state.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0, LastRebootAt = T0 });

        await state.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0.AddMinutes(1), LastRebootAt = T0.AddDays(-1) });

        Assert.Equal(T0, (await state.GetAsync("a"))!.LastRebootAt);
    }

    [Fact]
    public async Task UpdateAsync_ManyWritersAtOnce_EveryUpdateCounted()
    {
        var state = new InProcessLiveState();

        await Parallel.ForAsync(0, 200, async (i, ct) => await state.UpdateAsync(
            new SiteLive { SiteId = "s" + (i % 4), LastSeen = T0.AddSeconds(i), LastSampleAt = T0.AddSeconds(i), OutboxDepth = i }, ct));

        var all = await state.GetAllAsync();
        Assert.Equal(["s0", "s1", "s2", "s3"], all.Select(s => s.SiteId));
        Assert.Equal([196, 197, 198, 199], all.Select(s => s.OutboxDepth!.Value));
    }

    [Fact]
    public async Task GetAsync_SiteNeverReported_Null()
    {
        Assert.Null(await new InProcessLiveState().GetAsync("nobody"));
    }
}
