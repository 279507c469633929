using System.Globalization;

namespace KimHotspot.RouterOs.Values;

/// <summary>
/// RouterOS <c>time</c> values (reference §4.9): unit form (<c>1d2h3m4s</c>, <c>10ms482us</c>), clock form
/// (<c>01:22:53</c>, <c>00:00:01.5</c>), mixed (<c>6w6d18:33:07</c>), a bare number of seconds, and the words
/// <c>none</c>/<c>never</c>/<c>unlimited</c>/empty (no limit, <see langword="null"/>) and <c>immediately</c> (zero).
/// </summary>
public static partial class RouterOsDuration
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    // Units from largest to smallest; rank = index. Two-letter units come first so "10ms" is not read as minutes.
    private static readonly (string Suffix, int Rank, long Ticks)[] Units =
    [
        ("ms", 5, TimeSpan.TicksPerMillisecond),
        ("us", 6, TicksPerMicrosecond),
        ("ns", 7, 0),
        ("w", 0, TimeSpan.TicksPerDay * 7),
        ("d", 1, TimeSpan.TicksPerDay),
        ("h", 2, TimeSpan.TicksPerHour),
        ("m", 3, TimeSpan.TicksPerMinute),
        ("s", 4, TimeSpan.TicksPerSecond),
    ];

    /// <summary>Parses a duration; <see langword="null"/> means "no limit" (<c>none</c>, <c>never</c>, <c>unlimited</c>, empty).</summary>
    /// <exception cref="FormatException">The text is not a RouterOS duration.</exception>
    public static TimeSpan? Parse(string? text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"Not a RouterOS duration: '{text}'.");

    /// <summary>Parses a duration without throwing; <paramref name="value"/> is null for "no limit".</summary>
    public static bool TryParse(string? text, out TimeSpan? value)
    {
        value = null;
        var s = (text ?? string.Empty).Trim();
        if (s.Length == 0 || s.Equals("none", StringComparison.OrdinalIgnoreCase)
            || s.Equals("never", StringComparison.OrdinalIgnoreCase) || s.Equals("unlimited", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (s.Equals("immediately", StringComparison.OrdinalIgnoreCase))
        {
            value = TimeSpan.Zero;
            return true;
        }

        var negative = s[0] == '-';
        var body = negative ? s.AsSpan(1) : s.AsSpan();
        if (!TryParseBody(body, out var ticks))
        {
            return false;
        }

        value = TimeSpan.FromTicks(negative ? -ticks : ticks);
        return true;
    }

    private static bool TryParseBody(ReadOnlySpan<char> s, out long ticks)
    {
        ticks = 0;
        if (s.Length == 0)
        {
            return false;
        }

        if (IsAllDigits(s))
        {
            return long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var secs)
                && TryAdd(ref ticks, secs, TimeSpan.TicksPerSecond);
        }

        var lastRank = -1;
        var pos = 0;
        while (pos < s.Length)
        {
            var start = pos;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                pos++;
            }

            if (pos == start)
            {
                return false;
            }

            if (pos < s.Length && s[pos] == ':')
            {
                // Clock part: only weeks/days may come before it, and it must end the text.
                return lastRank < 2 && TryParseClock(s[start..], out var clock) && TryAdd(ref ticks, clock, 1);
            }

            if (!long.TryParse(s[start..pos], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                || !TryReadUnit(s[pos..], out var unit))
            {
                return false;
            }

            if (unit.Rank <= lastRank)
            {
                return false;
            }

            lastRank = unit.Rank;
            pos += unit.Suffix.Length;
            var ok = unit.Ticks == 0 ? TryAdd(ref ticks, n / 100, 1) : TryAdd(ref ticks, n, unit.Ticks);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadUnit(ReadOnlySpan<char> rest, out (string Suffix, int Rank, long Ticks) unit)
    {
        foreach (var u in Units)
        {
            if (rest.StartsWith(u.Suffix, StringComparison.OrdinalIgnoreCase))
            {
                unit = u;
                return true;
            }
        }

        unit = default;
        return false;
    }

    // HH:MM:SS with optional .fraction (1-7 digits); hours may exceed 23.
    private static bool TryParseClock(ReadOnlySpan<char> s, out long ticks)
    {
        ticks = 0;
        var c1 = s.IndexOf(':');
        var rest = s[(c1 + 1)..];
        if (c1 <= 0 || rest.Length < 5 || rest[2] != ':')
        {
            return false;
        }

        var frac = rest[5..];
        if (!long.TryParse(s[..c1], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !TryTwoDigits(rest[..2], out var m) || !TryTwoDigits(rest[3..5], out var sec) || m > 59 || sec > 59)
        {
            return false;
        }

        long fracTicks = 0;
        if (frac.Length > 0)
        {
            if (frac[0] != '.' || frac.Length < 2 || frac.Length > 8 || !IsAllDigits(frac[1..]))
            {
                return false;
            }

            fracTicks = long.Parse(frac[1..].ToString().PadRight(7, '0'), CultureInfo.InvariantCulture);
        }

        return TryAdd(ref ticks, h, TimeSpan.TicksPerHour) && TryAdd(ref ticks, (m * 60) + sec, TimeSpan.TicksPerSecond)
            && TryAdd(ref ticks, fracTicks, 1);
    }

    private static bool TryTwoDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.Length != 2 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]))
        {
            return false;
        }

        value = ((s[0] - '0') * 10) + (s[1] - '0');
        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s) => s.Length > 0 && !s.ContainsAnyExceptInRange('0', '9');

    private static bool TryAdd(ref long ticks, long n, long unitTicks)
    {
        try
        {
            ticks = checked(ticks + checked(n * unitTicks));
            return ticks <= TimeSpan.MaxValue.Ticks;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
