using System.Collections.Concurrent;
using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.Portal.Router;

/// <summary>
/// Remembers which user profiles were made to match recently, so a busy login path does not print the
/// profile on every login. Entries go stale after <see cref="Lifetime"/> (the router may be edited by hand).
/// </summary>
public sealed class ProfileCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (HotspotUserProfileSettings Settings, DateTimeOffset At)> _ensured = new(StringComparer.Ordinal);

    public bool IsFresh(HotspotUserProfileSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return _ensured.TryGetValue(settings.Name ?? string.Empty, out var entry)
            && entry.Settings == settings
            && time.GetUtcNow() - entry.At < Lifetime;
    }

    public void Remember(HotspotUserProfileSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _ensured[settings.Name ?? string.Empty] = (settings, time.GetUtcNow());
    }

    public void Forget(string profile) => _ensured.TryRemove(profile, out _);

    public void Clear() => _ensured.Clear();
}
