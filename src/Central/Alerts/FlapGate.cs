namespace KimHotspot.Central.Alerts;

/// <summary>What one observation did to a <see cref="FlapGate"/>.</summary>
public enum GateChange
{
    None = 0,
    Opened = 1,
    Closed = 2,

    /// <summary>The condition came back before the alert closed (counted, not re-opened).</summary>
    Flapped = 3,

    /// <summary>The condition came back soon after the alert closed: the same alert opens again, as a flap.</summary>
    Reopened = 4,
}

/// <summary>Hold times of one gate.</summary>
/// <param name="Open">The condition must hold this long before the alert opens.</param>
/// <param name="Close">It must stay cleared this long before the alert closes.</param>
/// <param name="FlappingAfter">After this many flaps the alert counts as flapping ...</param>
/// <param name="FlappingClose">... and must stay cleared this long instead; an alert that comes back within this time after closing is the same alert, flapping.</param>
public readonly record struct GateHolds(TimeSpan Open, TimeSpan Close, int FlappingAfter, TimeSpan FlappingClose);

/// <summary>
/// Flap tolerance for one (site, kind): an alert opens only after its condition held for a hold time and closes only
/// after it stayed cleared for a hold time. A condition that returns while the alert is open is a flap: counted, never
/// a new alert. One that comes back soon after closing re-opens as a flap of the same alert. A flapping alert needs a
/// longer quiet time to close, so a bouncing link cannot cause a storm of messages.
/// </summary>
public sealed class FlapGate
{
    private DateTimeOffset? _heldSince;
    private DateTimeOffset? _clearedSince;
    private DateTimeOffset? _closedAt;

    public bool IsOpen { get; private set; }

    /// <summary>Flaps since the alert opened.</summary>
    public int Flaps { get; private set; }

    /// <summary>True once <see cref="Flaps"/> reached the holds' <see cref="GateHolds.FlappingAfter"/>.</summary>
    public bool IsFlapping(GateHolds holds) => Flaps >= holds.FlappingAfter;

    /// <summary>A gate for an alert that is already open (after a restart).</summary>
    public static FlapGate Restore(int flaps) => new() { IsOpen = true, Flaps = flaps };

    /// <summary>Feeds one observation of the condition at <paramref name="now"/>.</summary>
    public GateChange Observe(DateTimeOffset now, bool condition, GateHolds holds)
    {
        if (!IsOpen)
        {
            if (!condition)
            {
                _heldSince = null;
                return GateChange.None;
            }

            _heldSince ??= now;
            if (now - _heldSince.Value < holds.Open)
            {
                return GateChange.None;
            }

            bool again = _closedAt is { } closedAt && now - closedAt < holds.FlappingClose;
            (IsOpen, Flaps, _heldSince, _clearedSince) = (true, again ? Flaps + 1 : 0, null, null);
            return again ? GateChange.Reopened : GateChange.Opened;
        }

        if (condition)
        {
            if (_clearedSince is null)
            {
                return GateChange.None;
            }

            _clearedSince = null;
            Flaps++;
            return GateChange.Flapped;
        }

        _clearedSince ??= now;
        var hold = IsFlapping(holds) ? holds.FlappingClose : holds.Close;
        if (now - _clearedSince.Value < hold)
        {
            return GateChange.None;
        }

        (IsOpen, _clearedSince, _closedAt) = (false, null, now);
        return GateChange.Closed;
    }
}
