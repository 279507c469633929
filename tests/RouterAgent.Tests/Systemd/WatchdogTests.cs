using System.Globalization;
using KimHotspot.RouterAgent.Systemd;

namespace KimHotspot.RouterAgent.Tests.Systemd;

public sealed class WatchdogTests
{
    private static readonly string Self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("0", null)]
    [InlineData("-5", null)]
    [InlineData("soon", null)]
    public void Period_NoUsableWatchdog_Null(string? usec, string? pid) => Assert.Null(Watchdog.Period(usec, pid));

    [Fact]
    public void Period_ForThisProcess_MicrosecondsRead()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), Watchdog.Period("300000000", null));
        Assert.Equal(TimeSpan.FromSeconds(90), Watchdog.Period("90000000", Self));
    }

    [Fact]
    public void Period_MeantForAnotherProcess_Null() => Assert.Null(Watchdog.Period("300000000", "1"));

    [Theory]
    [InlineData(30, 300, true)]
    [InlineData(299, 300, true)]
    [InlineData(300, 300, false)]
    [InlineData(3600, 300, false)]
    public void Alive_LastCycleAge_ComparedWithPeriod(int sinceSeconds, int periodSeconds, bool alive) =>
        Assert.Equal(alive, Watchdog.Alive(TimeSpan.FromSeconds(sinceSeconds), TimeSpan.FromSeconds(periodSeconds)));
}
