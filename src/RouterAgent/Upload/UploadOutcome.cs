namespace KimHotspot.RouterAgent.Upload;

/// <summary>What one upload attempt came to.</summary>
public enum UploadOutcome
{
    /// <summary>Nothing was waiting.</summary>
    Empty,

    /// <summary>Central acknowledged the batch (some or all of it).</summary>
    Acknowledged,

    /// <summary>Central asked us to wait (429/503, honour <c>Retry-After</c>).</summary>
    Throttled,

    /// <summary>Central unreachable, timed out, or refused the batch: back off.</summary>
    Failed,
}

/// <summary>Result of one upload attempt.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Sent">Reports in the batch.</param>
/// <param name="Acknowledged">Reports deleted from the outbox after the acknowledgement.</param>
/// <param name="RetryAfter">Central's requested wait, for <see cref="UploadOutcome.Throttled"/>.</param>
/// <param name="StatusCode">HTTP status, when there was an answer.</param>
public readonly record struct UploadAttempt(
    UploadOutcome Outcome, int Sent, int Acknowledged, TimeSpan? RetryAfter = null, int? StatusCode = null);

/// <summary>Result of one cycle (up to <see cref="UploadOptions.MaxBatchesPerCycle"/> batches).</summary>
/// <param name="Batches">Batches attempted.</param>
/// <param name="Acknowledged">Reports acknowledged in the cycle.</param>
/// <param name="Last">The last attempt's outcome.</param>
/// <param name="NextDelay">How long to wait before the next cycle.</param>
public readonly record struct UploadCycle(int Batches, int Acknowledged, UploadOutcome Last, TimeSpan NextDelay);
