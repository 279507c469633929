using KimHotspot.Contracts.Messages;

namespace KimHotspot.Central.Ingest;

/// <summary>When a sample really happened, and whether Central had to re-time it.</summary>
public readonly record struct EffectiveTime(DateTimeOffset At, bool Retimed);

/// <summary>
/// Places samples in time although village clocks lie (1970 after a power cut, skewed boards without a battery).
/// The rules, in order:
/// <list type="number">
/// <item>The agent said its clock was synced, the site's measured offset is within the tolerance and the sample is
/// not in the future: trust <c>sampledAt</c>.</item>
/// <item>Otherwise, when the monotonic age is known: <c>receivedAt − ageMs</c> (off only by the upload's transit).</item>
/// <item>Otherwise (the sample predates an agent restart): <c>sampledAt + offset</c>, the offset measured for the site
/// now; right for a clock that is consistently skewed. When that estimate is implausible (a 1970 clock that has
/// jumped since) or in the future, the receive time: the latest moment the sample can have happened.</item>
/// </list>
/// For an <see cref="HourlySummary"/> the time placed is its <c>hourStart</c>.
/// </summary>
public static class ClockCorrection
{
    /// <summary>Estimates before this are a wall clock that had not been set.</summary>
    public static readonly DateTimeOffset PlausibleFloor = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The effective time of <paramref name="report"/>.</summary>
    /// <param name="report">The sample.</param>
    /// <param name="receivedAt">Central's clock when the batch arrived.</param>
    /// <param name="siteOffset">Central's clock minus the site's, when known.</param>
    /// <param name="tolerance">Largest offset at which a synced clock is trusted.</param>
    public static EffectiveTime Correct(Report report, DateTimeOffset receivedAt, TimeSpan? siteOffset, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sampled = SampleTime(report);
        var offsetSmall = siteOffset is null || siteOffset.Value.Duration() <= tolerance;
        if (report.ClockSynced && offsetSmall && sampled >= PlausibleFloor && sampled <= receivedAt + tolerance)
        {
            return new EffectiveTime(sampled.ToUniversalTime(), false);
        }

        if (report.AgeMs is { } age and >= 0)
        {
            return new EffectiveTime(receivedAt.AddMilliseconds(-age).ToUniversalTime(), true);
        }

        if (siteOffset is { } offset)
        {
            var estimate = sampled + offset;
            if (estimate >= PlausibleFloor && estimate <= receivedAt)
            {
                return new EffectiveTime(estimate.ToUniversalTime(), true);
            }
        }

        return new EffectiveTime(receivedAt.ToUniversalTime(), true);
    }

    /// <summary>
    /// Central's clock minus the site's: the newest <see cref="AgentHealth.ClockOffsetMs"/> of the batch, else the
    /// last one Central knows, else the distance between the signature timestamp and the receive time (what an agent
    /// that never got an answer signs with is its own clock).
    /// </summary>
    public static TimeSpan SiteOffset(IEnumerable<Report> reports, long? lastKnownOffsetMs, TimeSpan signatureOffset)
    {
        ArgumentNullException.ThrowIfNull(reports);
        long? measured = null;
        foreach (var report in reports)
        {
            if (report.Body is AgentHealth { ClockOffsetMs: { } ms })
            {
                measured = ms;
            }
        }

        return measured is { } m ? TimeSpan.FromMilliseconds(m)
            : lastKnownOffsetMs is { } known ? TimeSpan.FromMilliseconds(known)
            : signatureOffset;
    }

    /// <summary>The agent's time for the sample (the hour start of a summary).</summary>
    public static DateTimeOffset SampleTime(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Body is HourlySummary summary ? summary.HourStart : report.SampledAt;
    }
}
