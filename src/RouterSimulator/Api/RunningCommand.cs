namespace KimHotspot.RouterSimulator.Api;

/// <summary>A streaming command (listen, monitor-traffic) that runs until <c>/cancel</c> or disconnect.</summary>
internal sealed class RunningCommand(string? tag, CancellationToken connectionToken)
{
    public string? Tag { get; } = tag;

    public CancellationTokenSource Cancellation { get; } = CancellationTokenSource.CreateLinkedTokenSource(connectionToken);

    /// <summary>Set by <c>/cancel</c>: the command answers with the "interrupted" trap.</summary>
    public bool CancelledByClient { get; set; }

    /// <summary>Completes once the "interrupted" trap is written (or the command ended).</summary>
    public TaskCompletionSource TrapWritten { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once <c>/cancel</c> wrote its own <c>!done</c>; the command's <c>!done</c> follows it.</summary>
    public TaskCompletionSource CancelDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
