using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Dashboard;

/// <summary>
/// Reuses slow, slowly-changing figures (fleet chart series, 30-day usage) for <see cref="DashboardOptions.SlowFiguresCache"/>,
/// so a room full of open overviews costs one computation a minute. Each computation runs in its own scope.
/// </summary>
public sealed class SlowFigures(IServiceScopeFactory scopes, TimeProvider time, IOptions<DashboardOptions> options)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, Task<object> Value)> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, Func<IServiceProvider, CancellationToken, Task<T>> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > now && !entry.Value.IsFaulted && !entry.Value.IsCanceled)
        {
            return (T)await entry.Value;
        }

        var task = ComputeAsync(compute);
        _entries[key] = (now + options.Value.SlowFiguresCache, task);
        return (T)await task;
    }

    private async Task<object> ComputeAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> compute)
        where T : class
    {
        await using var scope = scopes.CreateAsyncScope();
        // Not the caller's token: the result is shared with every request that arrives meanwhile.
        return await compute(scope.ServiceProvider, CancellationToken.None);
    }
}
