using System.Globalization;

namespace KimHotspot.Bench.Common;

/// <summary>Medians and percentiles (nearest rank) of measured values, and invariant number formatting.</summary>
public static class Stats
{
    /// <summary>The median (nearest rank); NaN for no values.</summary>
    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    /// <summary>The nearest-rank percentile, <paramref name="fraction"/> in [0, 1]; NaN for no values.</summary>
    public static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Fixed-point with <paramref name="decimals"/> decimals, invariant culture.</summary>
    public static string F(double value, int decimals = 2) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
