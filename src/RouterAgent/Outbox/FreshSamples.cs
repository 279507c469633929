namespace KimHotspot.RouterAgent.Outbox;

/// <summary>
/// "The collector has just stored a cycle's samples": lets an uploader with nothing left to send carry them to Central
/// at once instead of waiting out its interval. One pending signal at most: a signal given while the uploader was
/// busy is kept for its next wait, several collapse into one.
/// </summary>
public sealed class FreshSamples : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Called once per collector cycle that stored something.</summary>
    public void Stored()
    {
        lock (_signal)
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
    }

    /// <summary>
    /// Waits until samples are stored or <paramref name="timeout"/> passes on <paramref name="time"/>; true when samples
    /// came first.
    /// </summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var fresh = _signal.WaitAsync(either.Token);
        var delay = Task.Delay(timeout, time, either.Token);
        await Task.WhenAny(fresh, delay).ConfigureAwait(false);
        await either.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return fresh.IsCompletedSuccessfully;
    }

    public void Dispose() => _signal.Dispose();
}
