using KimHotspot.Central.Alerts;

namespace KimHotspot.Central.Tests.Alerts;

public sealed class FlapGateTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly GateHolds Holds = new(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), 3, TimeSpan.FromMinutes(30));

    /// <summary>Feeds one observation a minute: '1' = condition holds, '0' = cleared.</summary>
    private static List<(int Minute, GateChange Change)> Run(FlapGate gate, string pattern)
    {
        var changes = new List<(int, GateChange)>();
        for (int minute = 0; minute < pattern.Length; minute++)
        {
            var change = gate.Observe(T0.AddMinutes(minute), pattern[minute] == '1', Holds);
            if (change != GateChange.None)
            {
                changes.Add((minute, change));
            }
        }

        return changes;
    }

    [Fact]
    public void Observe_ConditionHeldForHoldTime_OpensOnce()
    {
        var gate = new FlapGate();

        var changes = Run(gate, "0111111");

        Assert.Equal([(3, GateChange.Opened)], changes);
        Assert.True(gate.IsOpen);
    }

    [Fact]
    public void Observe_BlipsShorterThanHold_NeverOpen()
    {
        var gate = new FlapGate();

        var changes = Run(gate, "1101101101101");

        Assert.Empty(changes);
        Assert.False(gate.IsOpen);
    }

    [Fact]
    public void Observe_ClearedForHoldTime_Closes()
    {
        var gate = new FlapGate();

        var changes = Run(gate, "1110000000");

        Assert.Equal([(2, GateChange.Opened), (8, GateChange.Closed)], changes);
        Assert.Equal(0, gate.Flaps);
    }

    [Fact]
    public void Observe_LinkFlapsWhileOpen_CountsFlapsWithoutReopening()
    {
        var gate = new FlapGate();

        var changes = Run(gate, "111" + "0010011");

        Assert.Equal([(2, GateChange.Opened), (5, GateChange.Flapped), (8, GateChange.Flapped)], changes);
        Assert.True(gate.IsOpen);
        Assert.Equal(2, gate.Flaps);
    }

    [Fact]
    public void Observe_Flapping_NeedsTheLongerQuietTimeToClose()
    {
        var gate = new FlapGate();
        Run(gate, "111" + "010101");
        Assert.True(gate.IsFlapping(Holds));

        // Cleared for 10 minutes: longer than the normal 5, shorter than the flapping 30.
        var quiet = Enumerable.Range(9, 10).Select(m => gate.Observe(T0.AddMinutes(m), false, Holds)).ToList();
        var late = gate.Observe(T0.AddMinutes(9 + 30), false, Holds);

        Assert.All(quiet, c => Assert.Equal(GateChange.None, c));
        Assert.Equal(GateChange.Closed, late);
    }

    [Fact]
    public void Observe_BackSoonAfterClosing_ReopensAsAFlap()
    {
        var gate = new FlapGate();

        var changes = Run(gate, "111" + "000000" + "0000111");

        Assert.Equal([(2, GateChange.Opened), (8, GateChange.Closed), (15, GateChange.Reopened)], changes);
        Assert.Equal(1, gate.Flaps);
    }

    [Fact]
    public void Observe_BackLongAfterClosing_OpensAFreshAlert()
    {
        var gate = new FlapGate();
        Run(gate, "111000000");

        var change = Enumerable.Range(0, 3).Select(m => gate.Observe(T0.AddHours(2).AddMinutes(m), true, Holds)).ToList()[^1];

        Assert.Equal((GateChange.Opened, 0), (change, gate.Flaps));
    }

    [Fact]
    public void Observe_ZeroOpenHold_OpensAtFirstSight()
    {
        var gate = new FlapGate();

        Assert.Equal(GateChange.Opened, gate.Observe(T0, true, Holds with { Open = TimeSpan.Zero }));
    }

    [Fact]
    public void Restore_OpenAlert_ClosesWithoutOpeningAgain()
    {
        var gate = FlapGate.Restore(flaps: 1);

        var changes = Run(gate, "11000000");

        Assert.Equal([(7, GateChange.Closed)], changes);
        Assert.Equal(1, gate.Flaps);
    }
}
