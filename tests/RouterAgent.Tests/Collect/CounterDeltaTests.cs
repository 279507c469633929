using KimHotspot.RouterAgent.Collect;

namespace KimHotspot.RouterAgent.Tests.Collect;

public sealed class CounterDeltaTests
{
    [Theory]
    [InlineData(100L, 250L, false, 150L, false)]          // normal growth
    [InlineData(100L, 100L, false, 0L, false)]            // no traffic
    [InlineData(5_000_000_000L, 5_000_000_123L, false, 123L, false)] // beyond 2^32
    [InlineData(1000L, 40L, false, 40L, true)]            // counter went back: reset, all of it is new
    [InlineData(1000L, 0L, false, 0L, true)]              // cleared, nothing since
    [InlineData(100L, 5000L, true, 5000L, true)]          // known reset (reboot) though the value grew past the old one
    [InlineData(0L, 0L, true, 0L, true)]
    public void Between_Table_ExactDelta(long previous, long current, bool knownReset, long delta, bool reset)
    {
        var d = CounterDelta.Between(previous, current, knownReset);

        Assert.Equal(delta, d.Value);
        Assert.Equal(reset, d.Reset);
    }

    [Fact]
    public void Between_NoPreviousReading_WholeValueNoReset()
    {
        var d = CounterDelta.Between(null, 777);

        Assert.Equal(new CounterDelta(777, false), d);
    }

    [Fact]
    public void Between_NegativeReading_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CounterDelta.Between(1, -1));
    }

    [Fact]
    public void Between_SumOverResets_EqualsTrafficCounted()
    {
        // Readings of one counter; it is cleared after 900 (then counts 30, 70) and again after 70 (then 5).
        long?[] readings = [100, 400, 900, 30, 70, 5, 65];
        long sum = 0;
        for (int i = 1; i < readings.Length; i++)
        {
            sum += CounterDelta.Between(readings[i - 1], readings[i]!.Value).Value;
        }

        Assert.Equal((900 - 100) + 70 + 65, sum);
    }
}
