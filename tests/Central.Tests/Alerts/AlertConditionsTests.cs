using KimHotspot.Central.Alerts;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sweeper;

namespace KimHotspot.Central.Tests.Alerts;

public sealed class AlertConditionsTests
{
    private static readonly AlertsOptions Options = new();

    private static SiteLive Live() => new() { SiteId = "A", LastSeen = DateTimeOffset.UnixEpoch };

    [Theory]
    [InlineData(SiteStatus.Offline, true)]
    [InlineData(SiteStatus.Stale, false)]
    [InlineData(SiteStatus.Online, false)]
    [InlineData(SiteStatus.Unknown, null)]
    public void Holds_Offline_FollowsTheSweeper(SiteStatus status, bool? expected)
    {
        Assert.Equal(expected, AlertConditions.Holds(AlertKind.Offline, status, Live(), 0, Options));
    }

    [Theory]
    [InlineData(89, false)]
    [InlineData(90, true)]
    public void Holds_Cpu_AgainstThreshold(int cpu, bool expected)
    {
        Assert.Equal(expected, AlertConditions.Holds(AlertKind.HighCpu, SiteStatus.Online, Live() with { CpuLoadPercent = cpu }, 0, Options));
    }

    [Fact]
    public void Holds_SiteNotOnline_FiguresNotJudged()
    {
        var busy = Live() with { CpuLoadPercent = 100, MemoryFreeBytes = 1, MemoryTotalBytes = 100, RouterReachable = false };

        Assert.Null(AlertConditions.Holds(AlertKind.HighCpu, SiteStatus.Stale, busy, 0, Options));
        Assert.Null(AlertConditions.Holds(AlertKind.LowMemory, SiteStatus.Offline, busy, 0, Options));
        Assert.Null(AlertConditions.Holds(AlertKind.RouterUnreachable, SiteStatus.Stale, busy, 0, Options));
    }

    [Theory]
    [InlineData(9L, 100L, true)]
    [InlineData(10L, 100L, false)]
    [InlineData(null, 100L, null)]
    [InlineData(5L, 0L, null)]
    public void Holds_LowMemory_FreePercentBelowThreshold(long? free, long total, bool? expected)
    {
        var live = Live() with { MemoryFreeBytes = free, MemoryTotalBytes = total };

        Assert.Equal(expected, AlertConditions.Holds(AlertKind.LowMemory, SiteStatus.Online, live, 0, Options));
    }

    [Theory]
    [InlineData(10, 60, 0, false)]
    [InlineData(10, 1800, 0, true)]
    [InlineData(80, 60, 50, true)]
    public void Holds_Backlog_OldReportsOrGrowingOutbox(int depth, long oldestSeconds, long rise, bool expected)
    {
        var live = Live() with { OutboxDepth = depth, OldestUnsentAgeSeconds = oldestSeconds };

        Assert.Equal(expected, AlertConditions.Holds(AlertKind.BacklogGrowing, SiteStatus.Online, live, rise, Options));
    }

    [Fact]
    public void BacklogWatch_Observe_RiseOverLowestInWindow()
    {
        var watch = new BacklogWatch();
        var t0 = DateTimeOffset.UnixEpoch;
        var window = TimeSpan.FromMinutes(10);

        watch.Observe(t0, 5, window);
        long mid = watch.Observe(t0.AddMinutes(5), 30, window);
        long later = watch.Observe(t0.AddMinutes(12), 60, window);

        Assert.Equal(25, mid);
        Assert.Equal(30, later); // the 5 fell out of the window; lowest left is 30
    }
}
