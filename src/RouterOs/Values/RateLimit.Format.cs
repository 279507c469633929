using System.Globalization;
using System.Text;

namespace KimHotspot.RouterOs.Values;

/// <content>Writing a rate limit in the router's text form.</content>
public sealed partial record RateLimit
{
    /// <summary>Formats a rate with the largest exact suffix: <c>2M</c>, <c>1500k</c>, <c>999</c>.</summary>
    public static string FormatRate(long bitsPerSecond) => bitsPerSecond switch
    {
        0 => "0",
        _ when bitsPerSecond % 1_000_000_000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{bitsPerSecond / 1_000_000_000}G"),
        _ when bitsPerSecond % 1_000_000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{bitsPerSecond / 1_000_000}M"),
        _ when bitsPerSecond % 1_000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{bitsPerSecond / 1_000}k"),
        _ => bitsPerSecond.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The text form the router accepts, e.g. <c>1M/2M</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder().Append(FormatRate(RxRate)).Append('/').Append(FormatRate(TxRate));
        var burst = Burst;
        if (burst is null && (Priority is not null || RxRateMin is not null))
        {
            burst = new RateLimitBurst(0, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero);
        }

        if (burst is not null)
        {
            sb.Append(' ').Append(FormatRate(burst.RxRate)).Append('/').Append(FormatRate(burst.TxRate))
              .Append(' ').Append(FormatRate(burst.RxThreshold)).Append('/').Append(FormatRate(burst.TxThreshold))
              .Append(' ').Append(RouterOsDuration.Format(burst.RxTime)).Append('/').Append(RouterOsDuration.Format(burst.TxTime));
        }

        if (Priority is not null || RxRateMin is not null)
        {
            sb.Append(' ').Append((Priority ?? 8).ToString(CultureInfo.InvariantCulture));
        }

        if (RxRateMin is { } minRx)
        {
            sb.Append(' ').Append(FormatRate(minRx)).Append('/').Append(FormatRate(TxRateMin ?? minRx));
        }

        return sb.ToString();
    }
}
