namespace KimHotspot.Contracts.Signing;

/// <summary>
/// A bounded, thread-safe in-process <see cref="INonceStore"/>. Expired nonces are forgotten;
/// when <see cref="Capacity"/> live nonces are held, new ones are refused (fails closed) rather
/// than forgetting a live nonce early.
/// </summary>
public sealed class InMemoryNonceStore : INonceStore
{
    private readonly Dictionary<(string Site, string Nonce), DateTimeOffset> _expiries = [];
    private readonly Queue<((string Site, string Nonce) Key, DateTimeOffset ExpiresAt)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Creates a store holding at most <paramref name="capacity"/> live nonces.</summary>
    /// <param name="capacity">Maximum number of live nonces.</param>
    public InMemoryNonceStore(int capacity = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>Maximum number of live nonces.</summary>
    public int Capacity { get; }

    /// <summary>Number of nonces currently remembered (including expired ones not yet pruned).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _expiries.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryAddAsync(
        string siteId, string nonce, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        ArgumentNullException.ThrowIfNull(nonce);
        var key = (siteId, nonce);
        lock (_lock)
        {
            Prune(now);
            if (_expiries.TryGetValue(key, out var existing) && existing > now)
            {
                return ValueTask.FromResult(false);
            }

            if (_expiries.Count >= Capacity && !_expiries.ContainsKey(key))
            {
                return ValueTask.FromResult(false);
            }

            _expiries[key] = expiresAt;
            _order.Enqueue((key, expiresAt));
            return ValueTask.FromResult(true);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        // Expiry times arrive nearly in order; an out-of-order entry only lives a little longer.
        while (_order.TryPeek(out var head) && head.ExpiresAt <= now)
        {
            _order.Dequeue();
            if (_expiries.TryGetValue(head.Key, out var current) && current == head.ExpiresAt)
            {
                _expiries.Remove(head.Key);
            }
        }
    }
}
