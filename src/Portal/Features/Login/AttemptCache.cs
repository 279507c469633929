using System.Collections.Concurrent;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// Login attempts by id, kept in memory so a page view does not query SQLite. SQLite stays the source of truth:
/// every save that touches an attempt drops its entry (<see cref="AttemptCacheInterceptor"/>), entries go stale after
/// <see cref="EntryLifetime"/>, and the cache never holds more than <see cref="Capacity"/> attempts. Callers get
/// copies, never the cached object.
/// </summary>
public sealed class AttemptCache(TimeProvider time)
{
    public const int Capacity = 20_000;

    /// <summary>How long a copy may serve without a database read (bounds staleness against writes that bypass EF saves).</summary>
    public static readonly TimeSpan EntryLifetime = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, (LoginAttempt Attempt, DateTimeOffset LoadedAt)> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Taken before a database read; <see cref="Put"/> only keeps what was read when nothing was dropped meanwhile.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>A fresh copy of the cached attempt, or null.</summary>
    public LoginAttempt? Get(string id)
    {
        if (_entries.TryGetValue(id, out var entry))
        {
            if (time.GetUtcNow() - entry.LoadedAt < EntryLifetime)
            {
                return Copy(entry.Attempt);
            }

            _entries.TryRemove(KeyValuePair.Create(id, entry));
        }

        return null;
    }

    /// <summary>Keeps a copy of <paramref name="attempt"/> as read at <paramref name="generation"/>, unless an attempt was dropped since.</summary>
    public void Put(LoginAttempt attempt, long generation)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (Generation != generation || !HasRoom())
        {
            return;
        }

        var entry = (Copy(attempt), time.GetUtcNow());
        _entries[attempt.Id] = entry;
        if (Generation != generation)
        {
            // A save landed between the check and the store: what we read may be older than the database.
            _entries.TryRemove(KeyValuePair.Create(attempt.Id, entry));
        }
    }

    /// <summary>Drops the attempt (call after its row changed in the database; also before, to be safe).</summary>
    public void Invalidate(string id)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(id, out _);
    }

    private bool HasRoom()
    {
        if (_entries.Count < Capacity)
        {
            return true;
        }

        var now = time.GetUtcNow();
        foreach (var (id, entry) in _entries)
        {
            if (now - entry.LoadedAt >= EntryLifetime || entry.Attempt.ExpiresAt <= now)
            {
                _entries.TryRemove(KeyValuePair.Create(id, entry));
            }
        }

        return _entries.Count < Capacity;
    }

    private static LoginAttempt Copy(LoginAttempt a) => new()
    {
        Id = a.Id,
        CreatedAt = a.CreatedAt,
        ExpiresAt = a.ExpiresAt,
        MacAddress = a.MacAddress,
        IpAddress = a.IpAddress,
        LinkLoginOnly = a.LinkLoginOnly,
        LinkOrig = a.LinkOrig,
        ChapId = a.ChapId,
        ChapChallenge = a.ChapChallenge,
        ServerName = a.ServerName,
        RouterIdentity = a.RouterIdentity,
        CompletedAt = a.CompletedAt,
        Method = a.Method,
    };
}
