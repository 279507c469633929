using System.Globalization;

namespace KimHotspot.RouterOs.Values;

/// <summary>
/// A RouterOS <c>rate-limit</c> (reference §4.5), router's point of view: <b>rx = client upload</b>,
/// <b>tx = client download</b>. Text form:
/// <c>rx[/tx] [rx-burst[/tx-burst] [rx-threshold[/tx-threshold] [rx-time[/tx-time] [priority] [rx-min[/tx-min]]]]]</c>,
/// e.g. <c>1M/2M</c>, <c>512k/1M</c>, <c>2M</c>, <c>1M/2M 2M/4M 768k/1500k 16/16 8 256k/512k</c>.
/// </summary>
/// <param name="RxRate">Upload (client → router) limit, bits per second.</param>
/// <param name="TxRate">Download (router → client) limit, bits per second.</param>
public sealed partial record RateLimit(long RxRate, long TxRate)
{
    /// <summary>Burst settings, when given.</summary>
    public RateLimitBurst? Burst { get; init; }

    /// <summary>Queue priority 1–8, when given.</summary>
    public int? Priority { get; init; }

    /// <summary>Guaranteed upload rate (limit-at), when given.</summary>
    public long? RxRateMin { get; init; }

    /// <summary>Guaranteed download rate (limit-at), when given.</summary>
    public long? TxRateMin { get; init; }

    /// <summary>The client's upload limit (= <see cref="RxRate"/>).</summary>
    public long UploadBitsPerSecond => RxRate;

    /// <summary>The client's download limit (= <see cref="TxRate"/>).</summary>
    public long DownloadBitsPerSecond => TxRate;

    /// <summary>A plain limit from the client's point of view.</summary>
    public static RateLimit FromUploadDownload(long uploadBitsPerSecond, long downloadBitsPerSecond) =>
        new(uploadBitsPerSecond, downloadBitsPerSecond);

    /// <summary>Parses the text form.</summary>
    /// <exception cref="FormatException">Malformed rate limit.</exception>
    public static RateLimit Parse(string text) =>
        TryParse(text, out var value) ? value! : throw new FormatException($"Not a RouterOS rate limit: '{text}'.");

    /// <summary>Parses without throwing; an empty text (no limit) gives false and null.</summary>
    public static bool TryParse(string? text, out RateLimit? value)
    {
        value = null;
        var parts = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 6 || !TryPair<long>(parts[0], TryParseRate, out var rx, out var tx))
        {
            return false;
        }

        RateLimitBurst? burst = null;
        if (parts.Length > 1)
        {
            long bt = 0, btx = 0;
            TimeSpan time = TimeSpan.FromSeconds(1), timeTx = TimeSpan.FromSeconds(1);
            if (!TryPair<long>(parts[1], TryParseRate, out var br, out var brx)
                || (parts.Length > 2 && !TryPair<long>(parts[2], TryParseRate, out bt, out btx))
                || (parts.Length > 3 && !TryPair<TimeSpan>(parts[3], TryParseTime, out time, out timeTx)))
            {
                return false;
            }

            burst = new RateLimitBurst(br, brx, bt, btx, time, timeTx);
        }

        int? priority = null;
        if (parts.Length > 4)
        {
            if (!int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 8)
            {
                return false;
            }

            priority = p;
        }

        long? minRx = null, minTx = null;
        if (parts.Length > 5)
        {
            if (!TryPair<long>(parts[5], TryParseRate, out var a, out var b))
            {
                return false;
            }

            (minRx, minTx) = (a, b);
        }

        value = new RateLimit(rx, tx) { Burst = burst, Priority = priority, RxRateMin = minRx, TxRateMin = minTx };
        return true;
    }

    /// <summary>Parses one rate: digits with an optional <c>k</c> (×1000), <c>M</c> (×10⁶) or <c>G</c> (×10⁹).</summary>
    public static bool TryParseRate(string? text, out long bitsPerSecond)
    {
        bitsPerSecond = 0;
        var s = (text ?? string.Empty).Trim();
        if (s.Length == 0)
        {
            return false;
        }

        long factor = char.ToUpperInvariant(s[^1]) switch { 'K' => 1_000, 'M' => 1_000_000, 'G' => 1_000_000_000, _ => 1 };
        var digits = factor == 1 ? s : s[..^1];
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        try
        {
            bitsPerSecond = checked(n * factor);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private delegate bool PartParser<T>(string? text, out T value);

    private static bool TryPair<T>(string part, PartParser<T> parse, out T rx, out T tx)
    {
        tx = default!;
        var halves = part.Split('/');
        if (halves.Length > 2 || !parse(halves[0], out rx))
        {
            rx = default!;
            return false;
        }

        if (halves.Length == 1)
        {
            tx = rx;
            return true;
        }

        return parse(halves[1], out tx);
    }

    private static bool TryParseTime(string? text, out TimeSpan value)
    {
        value = default;
        if (!RouterOsDuration.TryParse(text, out var d) || d is not { } t || t < TimeSpan.Zero)
        {
            return false;
        }

        value = t;
        return true;
    }
}
