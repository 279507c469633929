namespace KimHotspot.RouterOs.Connection;

/// <summary>A command run to its <c>!done</c>: collects rows, completes a task with the response.</summary>
internal sealed class PendingExecution : PendingCommand
{
    private readonly TaskCompletionSource<RouterOsResponse> _result =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly List<RouterOsRow> _rows = [];
    private ITimer? _timer;
    private TimeSpan _replyTimeout;

    public PendingExecution(string? tag, string path)
        : base(tag, path)
    {
    }

    /// <summary>Completes with the response, or faults / cancels.</summary>
    public Task<RouterOsResponse> Task => _result.Task;

    /// <summary>A command nobody waits for (the <c>/cancel</c> sent for another): its replies are swallowed.</summary>
    public static PendingExecution Ignored(string tag, string path)
    {
        var pending = new PendingExecution(tag, path);
        pending.TryAbandon();
        return pending;
    }

    /// <summary>Starts the time-to-next-reply timer; <paramref name="onTimeout"/> runs when it fires.</summary>
    public void StartReplyTimer(TimeProvider time, TimeSpan timeout, Action<PendingExecution> onTimeout)
    {
        _replyTimeout = timeout;
        _timer = time.CreateTimer(
            static s =>
            {
                var (callback, self) = ((Action<PendingExecution>, PendingExecution))s!;
                callback(self);
            },
            (onTimeout, this),
            timeout,
            Timeout.InfiniteTimeSpan);
    }

    public override void Touch()
    {
        try
        {
            _timer?.Change(_replyTimeout, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Ended concurrently.
        }
    }

    public override bool OnRow(RouterOsRow row)
    {
        _rows.Add(row);
        return true;
    }

    public override void OnDone(RouterOsRow done)
    {
        StopTimer();
        if (!TryFinish())
        {
            return;
        }

        if (TrapError() is { } error)
        {
            _result.TrySetException(error);
        }
        else
        {
            _result.TrySetResult(new RouterOsResponse(_rows.ToArray(), done));
        }
    }

    public override void Fail(Exception error)
    {
        StopTimer();
        if (TryFinish())
        {
            _result.TrySetException(error);
        }
    }

    /// <summary>The caller's token fired: abandon and cancel the task. False when already ended.</summary>
    public bool TryCancel(CancellationToken cancellationToken)
    {
        if (!TryAbandon())
        {
            return false;
        }

        StopTimer();
        _result.TrySetCanceled(cancellationToken);
        return true;
    }

    /// <summary>The reply timer fired: abandon and fail the task. False when already ended.</summary>
    public bool TryTimeOut(Exception error)
    {
        if (!TryAbandon())
        {
            return false;
        }

        StopTimer();
        _result.TrySetException(error);
        return true;
    }

    private void StopTimer() => _timer?.Dispose();
}
