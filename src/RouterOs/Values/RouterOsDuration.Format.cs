using System.Globalization;
using System.Text;

namespace KimHotspot.RouterOs.Values;

/// <content>Writing durations in the unit form the router prints.</content>
public static partial class RouterOsDuration
{
    /// <summary>
    /// Formats in unit form, largest unit first, zero parts left out: <c>1d2h3m4s</c>, <c>1w2d</c>, <c>0s</c>,
    /// <c>1s500ms</c>, <c>10ms482us</c>; a leading <c>-</c> when negative.
    /// </summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var sb = new StringBuilder();
        var ticks = value.Ticks;
        if (ticks < 0)
        {
            sb.Append('-');
            ticks = ticks == long.MinValue ? long.MaxValue : -ticks;
        }

        Append(sb, ref ticks, TimeSpan.TicksPerDay * 7, "w");
        Append(sb, ref ticks, TimeSpan.TicksPerDay, "d");
        Append(sb, ref ticks, TimeSpan.TicksPerHour, "h");
        Append(sb, ref ticks, TimeSpan.TicksPerMinute, "m");
        Append(sb, ref ticks, TimeSpan.TicksPerSecond, "s");
        Append(sb, ref ticks, TimeSpan.TicksPerMillisecond, "ms");
        Append(sb, ref ticks, TicksPerMicrosecond, "us");
        if (ticks > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{ticks * 100}ns");
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, ref long ticks, long unit, string suffix)
    {
        var n = ticks / unit;
        if (n > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{n}{suffix}");
            ticks -= n * unit;
        }
    }
}
