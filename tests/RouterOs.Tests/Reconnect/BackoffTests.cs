using KimHotspot.RouterOs.Reconnect;

namespace KimHotspot.RouterOs.Tests.Reconnect;

public sealed class BackoffTests
{
    private static readonly RouterOsReconnectOptions Options = new()
    {
        InitialDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(60),
        JitterFraction = 0.2,
    };

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(1000, 60)]
    public void Delay_NoJitter_DoublesUpToMax(int failures, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Backoff.Delay(failures, Options, 0.5));
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.999999, 1.2)]
    public void Delay_Jitter_StaysWithinFraction(double unit, double factor)
    {
        var delay = Backoff.Delay(3, Options, unit);

        Assert.Equal(4 * factor, delay.TotalSeconds, precision: 3);
    }

    [Fact]
    public void Delay_JitterAtMax_NeverExceedsMax()
    {
        Assert.Equal(Options.MaxDelay, Backoff.Delay(50, Options, 0.999));
    }
}
