using KimHotspot.RouterAgent.Collect;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.RouterAgent.Tests.Collect;

public sealed class RebootDetectorTests
{
    [Theory]
    [InlineData(3600, 3660, 60, false)]          // uptime kept pace with the agent's clock
    [InlineData(3600, 3661, 60, false)]          // one second of rounding
    [InlineData(3600, 3700, 60, false)]          // router clock runs fast: never a reboot
    [InlineData(3600, 30, 60, true)]             // uptime went back
    [InlineData(3600, 3599, 0, true)]            // went back by one second, no time passed
    [InlineData(100, 200, 7 * 86400, true)]      // missed polls for a week, uptime grew but far less than the gap
    [InlineData(100, 7 * 86400 + 100 - 30, 7 * 86400, false)] // a week, 30 s drift: within the 0.1% tolerance
    [InlineData(10, 50, 600, true)]              // rebooted; new uptime already past the old one
    public void IsReboot_Table(int previousUptime, int uptime, int elapsed, bool expected)
    {
        bool rebooted = RebootDetector.IsReboot(
            TimeSpan.FromSeconds(previousUptime), TimeSpan.FromSeconds(uptime), TimeSpan.FromSeconds(elapsed));

        Assert.Equal(expected, rebooted);
    }

    [Fact]
    public void Observe_FirstReadingThenReboot_FalseThenTrue()
    {
        var time = new FakeTimeProvider();
        var detector = new RebootDetector(time);

        Assert.False(detector.Observe(TimeSpan.FromHours(5)));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(detector.Observe(TimeSpan.FromHours(5) + TimeSpan.FromMinutes(1)));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(detector.Observe(TimeSpan.FromSeconds(20)));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(detector.Observe(TimeSpan.FromSeconds(80)));
    }

    [Fact]
    public void Reset_AfterReset_FirstReadingIsNotAReboot()
    {
        var time = new FakeTimeProvider();
        var detector = new RebootDetector(time);
        detector.Observe(TimeSpan.FromHours(5));
        detector.Reset();

        Assert.False(detector.Observe(TimeSpan.FromSeconds(3)));
    }
}
