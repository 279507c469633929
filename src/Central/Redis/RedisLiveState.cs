using System.Globalization;
using KimHotspot.Central.Live;
using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>
/// Live state shared by every node: a hash <c>kim:site:{id}</c> of current figures and the sorted set
/// <c>kim:lastseen</c> (site id scored by last seen, unix ms). An update is merged inside Redis by one script, with the
/// rule of <see cref="InProcessLiveState.Merge"/>: the newer sample (ties to the update) wins the figures it carries,
/// the older only fills unknown ones; last seen, last sample and last reboot only move forward.
/// </summary>
internal sealed class RedisLiveState(IConnectionMultiplexer redis) : ILiveState
{
    private const string MergeScript = """
        local h = KEYS[1]
        local sample = ARGV[3]
        local current = redis.call('HGET', h, 'sample')
        local newer = sample ~= '' and (not current or sample >= current)
        for i = 6, #ARGV, 2 do
          if newer then redis.call('HSET', h, ARGV[i], ARGV[i + 1]) else redis.call('HSETNX', h, ARGV[i], ARGV[i + 1]) end
        end
        local function later(field, value)
          if value ~= '' then
            local known = redis.call('HGET', h, field)
            if not known or value > known then redis.call('HSET', h, field, value) end
          end
        end
        later('seen', ARGV[2])
        later('sample', sample)
        later('reboot', ARGV[4])
        redis.call('ZADD', KEYS[2], 'GT', ARGV[5], ARGV[1])
        return 1
        """;

    public async Task UpdateAsync(SiteLive update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        List<RedisValue> args =
        [
            update.SiteId,
            LiveFields.Ticks(update.LastSeen),
            LiveFields.Ticks(update.LastSampleAt),
            LiveFields.Ticks(update.LastRebootAt),
            update.LastSeen.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            .. LiveFields.Figures(update),
        ];
        await redis.GetDatabase()
            .ScriptEvaluateAsync(MergeScript, [RedisKeys.Site(update.SiteId), RedisKeys.LastSeen], [.. args])
            .WaitAsync(cancellationToken);
    }

    public async Task<SiteLive?> GetAsync(string siteId, CancellationToken cancellationToken = default)
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(RedisKeys.Site(siteId)).WaitAsync(cancellationToken);
        return LiveFields.Read(siteId, entries);
    }

    public async Task<IReadOnlyList<SiteLive>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var db = redis.GetDatabase();
        var ids = await db.SortedSetRangeByRankAsync(RedisKeys.LastSeen).WaitAsync(cancellationToken);
        var sites = ids.Select(id => (string)id!).ToList();
        var hashes = await Task.WhenAll(sites.Select(id => db.HashGetAllAsync(RedisKeys.Site(id)))).WaitAsync(cancellationToken);
        return [.. sites.Zip(hashes, LiveFields.Read).OfType<SiteLive>().OrderBy(s => s.SiteId, StringComparer.Ordinal)];
    }
}
