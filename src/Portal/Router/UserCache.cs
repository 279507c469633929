using System.Collections.Concurrent;
using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.Portal.Router;

/// <summary>
/// Remembers which hotspot users were made to match which settings recently, so a member's everyday login does not
/// print and re-set an unchanged user. An entry serves for <see cref="Lifetime"/> at most; it is dropped when the
/// router refuses anything for that user, and all entries are dropped whenever the router connection changes state
/// (reboot, reconnect), since the router may have lost or changed users meanwhile.
/// </summary>
public sealed class UserCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (HotspotUserSettings Settings, DateTimeOffset At)> _ensured = new(StringComparer.Ordinal);

    public bool IsFresh(HotspotUserSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return _ensured.TryGetValue(settings.Name ?? string.Empty, out var entry)
            && entry.Settings == settings
            && time.GetUtcNow() - entry.At < Lifetime;
    }

    public void Remember(HotspotUserSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (_ensured.Count >= Capacity)
        {
            _ensured.Clear();
        }

        _ensured[settings.Name ?? string.Empty] = (settings, time.GetUtcNow());
    }

    public void Forget(string user) => _ensured.TryRemove(user, out _);

    public void Clear() => _ensured.Clear();
}
