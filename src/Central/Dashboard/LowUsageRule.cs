namespace KimHotspot.Central.Dashboard;

/// <summary>One site's usage over the last 30 days: bytes in + out, and device-days (distinct devices summed per day).</summary>
public sealed record SiteUsage(string SiteId, long Bytes, long DeviceDays);

/// <summary>
/// The low-usage rule for budget reviews ("Pemakaian rendah"). Only sites watched for the whole 30-day window are
/// judged. Among them, a site is flagged when its 30-day traffic OR its 30-day device-days are below
/// <c>fraction</c> (25 % by default) of the fleet median of the same figure. Nobody is flagged while fewer than
/// <c>minimumSites</c> sites are judged, or for a figure whose median is zero. Sites that never reported count as zero
/// (they are the cheapest to review).
/// </summary>
public static class LowUsageRule
{
    /// <summary>The ids of the flagged sites among <paramref name="judged"/>.</summary>
    public static IReadOnlySet<string> Flag(IReadOnlyCollection<SiteUsage> judged, double fraction, int minimumSites)
    {
        ArgumentNullException.ThrowIfNull(judged);
        if (judged.Count < minimumSites || judged.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        double bytesLimit = Median(judged.Select(s => s.Bytes)) * fraction;
        double usersLimit = Median(judged.Select(s => s.DeviceDays)) * fraction;
        return judged.Where(s => s.Bytes < bytesLimit || s.DeviceDays < usersLimit)
            .Select(s => s.SiteId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The median (mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] / 2.0) + (sorted[mid] / 2.0);
    }
}
