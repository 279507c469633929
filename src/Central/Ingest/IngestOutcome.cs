using KimHotspot.Contracts.Messages;

namespace KimHotspot.Central.Ingest;

/// <summary>
/// What a sink did with a batch: either it durably holds <see cref="Accepted"/> (new and duplicate keys), or it is
/// too busy or its backing store is down and holds nothing new (<see cref="RetryAfter"/> set; answered 429).
/// </summary>
public sealed record IngestOutcome
{
    private IngestOutcome(IReadOnlyList<ReportKey> accepted, int newReports, TimeSpan? retryAfter) =>
        (Accepted, NewReports, RetryAfter) = (accepted, newReports, retryAfter);

    /// <summary>Keys of the batch now durably stored (acknowledged to the agent).</summary>
    public IReadOnlyList<ReportKey> Accepted { get; }

    /// <summary>How many of them were new.</summary>
    public int NewReports { get; }

    /// <summary>Set when the batch was refused for now: the agent should try again after this.</summary>
    public TimeSpan? RetryAfter { get; }

    public bool IsBusy => RetryAfter is not null;

    public static IngestOutcome Stored(IReadOnlyList<ReportKey> accepted, int newReports) => new(accepted, newReports, null);

    public static IngestOutcome Busy(TimeSpan retryAfter) => new([], 0, retryAfter);
}
