using System.Collections.Concurrent;
using KimHotspot.Central.Live;

namespace KimHotspot.Central.Tests.Sweeper;

/// <summary>A stand-in live state for sweeper and alert tests: updates simply replace a site's record.</summary>
internal sealed class FakeLiveState : ILiveState
{
    private readonly ConcurrentDictionary<string, SiteLive> _sites = new(StringComparer.Ordinal);

    public void Set(SiteLive live) => _sites[live.SiteId] = live;

    public Task UpdateAsync(SiteLive update, CancellationToken cancellationToken = default)
    {
        Set(update);
        return Task.CompletedTask;
    }

    public Task<SiteLive?> GetAsync(string siteId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_sites.GetValueOrDefault(siteId));

    public Task<IReadOnlyList<SiteLive>> GetAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SiteLive>>([.. _sites.Values]);
}
