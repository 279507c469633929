using System.Globalization;
using System.Text;

namespace KimHotspot.RouterSimulator.Model;

/// <summary>RouterOS durations (reference §4.9): written in unit form, read in every form.</summary>
internal static class Durations
{
    /// <summary>Unit form, largest unit first, zero parts omitted, "0s" for zero: "1w2d3h4m5s".</summary>
    public static string Format(TimeSpan value)
    {
        long total = (long)Math.Max(0, value.TotalSeconds);
        if (total == 0)
        {
            return "0s";
        }

        var sb = new StringBuilder();
        Append(sb, total / 604800, 'w');
        Append(sb, total / 86400 % 7, 'd');
        Append(sb, total / 3600 % 24, 'h');
        Append(sb, total / 60 % 60, 'm');
        Append(sb, total % 60, 's');
        return sb.ToString();
    }

    /// <summary>
    /// Parses a duration. <paramref name="value"/> is null for "no limit" (<c>none</c>, <c>unlimited</c>,
    /// empty, or zero). Returns false when the text is not a duration.
    /// </summary>
    public static bool TryParseLimit(string text, out TimeSpan? value)
    {
        value = null;
        if (!TryParse(text, out var span))
        {
            return false;
        }

        value = span is { } s && s > TimeSpan.Zero ? s : null;
        return true;
    }

    /// <summary>Parses a duration; null for the symbolic "no value" forms.</summary>
    public static bool TryParse(string text, out TimeSpan? value)
    {
        value = null;
        var t = text.Trim();
        if (t.Length == 0 || t is "none" or "never" or "unlimited")
        {
            return true;
        }

        long ticks = 0;
        int i = 0;
        while (i < t.Length)
        {
            int start = i;
            while (i < t.Length && char.IsAsciiDigit(t[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }

            if (i < t.Length && t[i] == ':')
            {
                if (!TimeSpan.TryParseExact(t[start..], @"h\:mm\:ss", CultureInfo.InvariantCulture, out var clock)
                    && !TimeSpan.TryParseExact(t[start..], @"hh\:mm\:ss", CultureInfo.InvariantCulture, out clock))
                {
                    return false;
                }

                value = TimeSpan.FromTicks(ticks) + clock;
                return true;
            }

            long n = long.Parse(t.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            var unit = t.AsSpan(i);
            (long factor, int len) = unit switch
            {
                _ when unit.StartsWith("ms") => (TimeSpan.TicksPerMillisecond, 2),
                _ when unit.StartsWith("us") => (TimeSpan.TicksPerMicrosecond, 2),
                _ when unit.StartsWith("ns") => (0L, 2),
                _ when unit.StartsWith("w") => (TimeSpan.TicksPerDay * 7, 1),
                _ when unit.StartsWith("d") => (TimeSpan.TicksPerDay, 1),
                _ when unit.StartsWith("h") => (TimeSpan.TicksPerHour, 1),
                _ when unit.StartsWith("m") => (TimeSpan.TicksPerMinute, 1),
                _ when unit.StartsWith("s") => (TimeSpan.TicksPerSecond, 1),
                _ when unit.IsEmpty => (TimeSpan.TicksPerSecond, 0),
                _ => (-1L, 0),
            };
            if (factor < 0)
            {
                return false;
            }

            ticks += n * factor;
            i += len;
        }

        value = TimeSpan.FromTicks(ticks);
        return true;
    }

    private static void Append(StringBuilder sb, long amount, char unit)
    {
        if (amount > 0)
        {
            sb.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
