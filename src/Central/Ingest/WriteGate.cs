using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Ingest;

/// <summary>
/// Bounds the batches written at once across all sites (SQLite has one writer; a queue of hundreds helps nobody).
/// A batch waits at most <see cref="IngestOptions.WriteQueueWait"/> for a slot, then is answered 429.
/// </summary>
public sealed class WriteGate(IOptions<IngestOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentWrites, options.Value.MaxConcurrentWrites);

    /// <summary>A held slot (dispose to release), or null when none became free in time.</summary>
    public async Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken)
    {
        if (_slots.Wait(0, CancellationToken.None))
        {
            return new Slot(_slots);
        }

        var wait = options.Value.WriteQueueWait;
        if (wait <= TimeSpan.Zero)
        {
            return null;
        }

        using var timeout = new CancellationTokenSource(wait, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await _slots.WaitAsync(linked.Token);
            return new Slot(_slots);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
