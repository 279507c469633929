using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Tests.Upload;

public sealed class BackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(10);

    [Fact]
    public void Ceiling_GrowingAttempts_DoublesUpToCap()
    {
        var ceilings = Enumerable.Range(0, 12).Select(n => Backoff.Ceiling(n, Base, Cap)).ToList();

        Assert.Equal(TimeSpan.FromSeconds(5), ceilings[0]);
        Assert.Equal(TimeSpan.FromSeconds(10), ceilings[1]);
        Assert.Equal(TimeSpan.FromSeconds(320), ceilings[6]);
        Assert.Equal(Cap, ceilings[7]);
        Assert.Equal(Cap, ceilings[11]);
        Assert.Equal(Cap, Backoff.Ceiling(10_000, Base, Cap));
    }

    [Fact]
    public void FullJitter_SeededRandom_SpreadsOverWholeRangeAndStaysUnderCeiling()
    {
        var random = new Random(1234);
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var ceiling = Backoff.Ceiling(attempt, Base, Cap);
            var delays = Enumerable.Range(0, 2000).Select(_ => Backoff.FullJitter(attempt, Base, Cap, random)).ToList();

            Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, ceiling));
            Assert.All(delays, d => Assert.True(d <= Cap));
            Assert.True(delays.Min() < ceiling * 0.05, $"attempt {attempt}: no delay near zero (full jitter)");
            Assert.True(delays.Max() > ceiling * 0.95, $"attempt {attempt}: no delay near the ceiling");
            Assert.InRange(delays.Average(d => d.TotalSeconds), ceiling.TotalSeconds * 0.45, ceiling.TotalSeconds * 0.55);
        }
    }

    [Fact]
    public void FullJitter_SameSeed_SameDelays()
    {
        var a = Enumerable.Range(0, 10).Select(n => Backoff.FullJitter(n, Base, Cap, new Random(7))).ToList();
        var b = Enumerable.Range(0, 10).Select(n => Backoff.FullJitter(n, Base, Cap, new Random(7))).ToList();

        Assert.Equal(a, b);
    }
}
