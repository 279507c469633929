using KimHotspot.Central.Live;

namespace KimHotspot.Central.Tests.Redis;

/// <summary>The same scenarios against <see cref="InProcessLiveState"/> and the Redis live state: both must agree.</summary>
public sealed class LiveStateParityTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 4, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(LiveStates.InProcess)]
    [InlineData(LiveStates.Redis)]
    public async Task UpdateAsync_NewerSample_OverwritesFiguresItCarries(string kind)
    {
        await using var live = await LiveStates.CreateAsync(kind);
        await live.State.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0, CpuLoadPercent = 10, ActiveUsers = 3 });

        await live.State.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0.AddMinutes(1), LastSampleAt = T0.AddMinutes(1), CpuLoadPercent = 80 });

        var site = await live.State.GetAsync("a");
        Assert.Equal((80, 3), (site!.CpuLoadPercent, site.ActiveUsers));
        Assert.Equal((T0.AddMinutes(1), T0.AddMinutes(1)), (site.LastSeen, site.LastSampleAt!.Value));
    }

    [Theory]
    [InlineData(LiveStates.InProcess)]
    [InlineData(LiveStates.Redis)]
    public async Task UpdateAsync_OlderSampleArrivingLater_OnlyFillsUnknownFiguresButMovesLastSeen(string kind)
    {
        await using var live = await LiveStates.CreateAsync(kind);
        await live.State.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0, CpuLoadPercent = 80, PortalReachable = false });

        await live.State.UpdateAsync(new SiteLive
        {
            SiteId = "a", LastSeen = T0.AddMinutes(5), LastSampleAt = T0.AddHours(-2), CpuLoadPercent = 5, PortalReachable = true, OutboxDepth = 9,
        });

        var site = await live.State.GetAsync("a");
        Assert.Equal((80, false, 9), (site!.CpuLoadPercent, site.PortalReachable, site.OutboxDepth));
        Assert.Equal((T0.AddMinutes(5), T0), (site.LastSeen, site.LastSampleAt!.Value));
    }

    [Theory]
    [InlineData(LiveStates.InProcess)]
    [InlineData(LiveStates.Redis)]
    public async Task UpdateAsync_SameSampleTime_UpdateWinsTheTie(string kind)
    {
        await using var live = await LiveStates.CreateAsync(kind);
        await live.State.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0, ActiveUsers = 1 });

        await live.State.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0, ActiveUsers = 2 });

        Assert.Equal(2, (await live.State.GetAsync("a"))!.ActiveUsers);
    }

    [Theory]
    [InlineData(LiveStates.InProcess)]
    [InlineData(LiveStates.Redis)]
    public async Task UpdateAsync_DuplicatesOnly_MoveLastSeenAndKeepFigures(string kind)
    {
        await using var live = await LiveStates.CreateAsync(kind);
        await live.State.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0, RouterReachable = true });

        await live.State.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0.AddMinutes(3) });

        var site = await live.State.GetAsync("a");
        Assert.Equal((T0.AddMinutes(3), T0, true), (site!.LastSeen, site.LastSampleAt!.Value, site.RouterReachable!.Value));
    }

    [Theory]
    [InlineData(LiveStates.InProcess)]
    [InlineData(LiveStates.Redis)]
    public async Task UpdateAsync_RebootTime_OnlyMovesForward(string kind)
    {
        await using var live = await LiveStates.CreateAsync(kind);
        await live.State.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0, LastRebootAt = T0 });

        await live.State.UpdateAsync(new SiteLive { SiteId = "a", LastSeen = T0, LastSampleAt = T0.AddMinutes(1), LastRebootAt = T0.AddDays(-1) });

        Assert.Equal(T0, (await live.State.GetAsync("a"))!.LastRebootAt);
    }

    [Theory]
    [InlineData(LiveStates.InProcess)]
    [InlineData(LiveStates.Redis)]
    public async Task UpdateAsync_EveryFigure_ReadBackEqual(string kind)
    {
        await using var live = await LiveStates.CreateAsync(kind);
        var full = new SiteLive
        {
            SiteId = "71.74.01.2001", LastSeen = T0.AddTicks(12_345), LastSampleAt = T0.AddTicks(-7), RouterReachable = false,
            RouterUptimeSeconds = 86_400L * 400, CpuLoadPercent = 97, MemoryFreeBytes = 5_000_000_000, MemoryTotalBytes = 8_000_000_000,
            ActiveUsers = 41, PortalReachable = true, OutboxDepth = 12, OldestUnsentAgeSeconds = 3600, DroppedReports = 2,
            ClockOffsetMs = -1_500, LastRebootAt = T0.AddHours(-3),
        };

        await live.State.UpdateAsync(full);

        Assert.Equal(full, await live.State.GetAsync(full.SiteId));
    }

    [Theory]
    [InlineData(LiveStates.InProcess)]
    [InlineData(LiveStates.Redis)]
    public async Task UpdateAsync_ManyWritersAtOnce_NewestSampleOfEachSiteWins(string kind)
    {
        await using var live = await LiveStates.CreateAsync(kind);

        await Parallel.ForAsync(0, 200, async (i, ct) => await live.State.UpdateAsync(
            new SiteLive { SiteId = "s" + (i % 4), LastSeen = T0.AddSeconds(i), LastSampleAt = T0.AddSeconds(i), OutboxDepth = i }, ct));

        var all = await live.State.GetAllAsync();
        Assert.Equal(["s0", "s1", "s2", "s3"], all.Select(s => s.SiteId));
        Assert.Equal([196, 197, 198, 199], all.Select(s => s.OutboxDepth!.Value));
        Assert.Equal([T0.AddSeconds(196), T0.AddSeconds(197), T0.AddSeconds(198), T0.AddSeconds(199)], all.Select(s => s.LastSeen));
    }

    [Theory]
    [InlineData(LiveStates.InProcess)]
    [InlineData(LiveStates.Redis)]
    public async Task GetAsync_SiteNeverReported_Null(string kind)
    {
        await using var live = await LiveStates.CreateAsync(kind);

        Assert.Null(await live.State.GetAsync("nobody"));
        Assert.Empty(await live.State.GetAllAsync());
    }
}
