using System.Collections.Frozen;

namespace KimHotspot.Central.Sweeper;

/// <summary>The in-memory board: each sweep replaces the whole picture at once.</summary>
internal sealed class SiteStatusBoard : ISiteStatusBoard
{
    private volatile Snapshot _current = new([], FrozenDictionary<string, SiteStatusEntry>.Empty);

    public IReadOnlyList<SiteStatusEntry> GetAll() => _current.All;

    public SiteStatusEntry? Get(string siteId)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        return _current.ById.GetValueOrDefault(siteId);
    }

    /// <summary>Publishes a sweep's entries.</summary>
    public void Replace(IEnumerable<SiteStatusEntry> entries)
    {
        var all = entries.OrderBy(e => e.SiteId, StringComparer.Ordinal).ToArray();
        _current = new(all, all.ToFrozenDictionary(e => e.SiteId, StringComparer.Ordinal));
    }

    private sealed record Snapshot(IReadOnlyList<SiteStatusEntry> All, FrozenDictionary<string, SiteStatusEntry> ById);
}
