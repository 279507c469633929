using KimHotspot.Central.Sites;
using KimHotspot.Contracts.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KimHotspot.Central.Tests.Ingest.Samples;

namespace KimHotspot.Central.Tests.Redis;

/// <summary>A Redis server, a data folder and the Central nodes sharing both; agents' sites and batches.</summary>
internal sealed class RedisCluster : IAsyncDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(90);
    private readonly List<RedisNode> _nodes = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    private RedisCluster(RedisServer redis, string dataDirectory) => (Redis, DataDirectory) = (redis, dataDirectory);

    public RedisServer Redis { get; }

    public string DataDirectory { get; }

    public static async Task<RedisCluster> StartAsync() => new(
        await RedisServer.StartNewAsync(),
        Path.Combine(Path.GetTempPath(), "kimhotspot-central-tests", Guid.NewGuid().ToString("N")));

    public RedisNode AddNode(string name, bool consume = true, IDictionary<string, string?>? extra = null)
    {
        var node = RedisNode.Start(name, Redis, DataDirectory, consume, extra);
        _nodes.Add(node);
        return node;
    }

    public async Task RemoveNodeAsync(RedisNode node)
    {
        _nodes.Remove(node);
        await node.DisposeAsync();
    }

    /// <summary>Registers a site with one key through <paramref name="node"/> (do it before starting the next node: they share key files).</summary>
    public async Task AddSiteAsync(RedisNode node, string siteId)
    {
        var key = SiteKeyText.New();
        var keyring = node.Services.GetRequiredService<SiteKeyring>();
        await node.App.WithDbAsync(db =>
        {
            db.Sites.Add(new Site { Id = siteId, Name = "Desa " + siteId, CreatedAt = DateTimeOffset.UtcNow });
            db.SiteKeys.Add(new SiteKey { SiteId = siteId, ProtectedSecret = keyring.Protect(key), CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        _keys[siteId] = key;
    }

    public Task<HttpResponseMessage> PostAsync(RedisNode node, ReportBatch batch) => node.PostAsync(_keys[batch.SiteId], batch);

    /// <summary>A batch of usage reports <paramref name="seqs"/> of <paramref name="siteId"/>; report n carries n × 10 bytes in.</summary>
    public static ReportBatch Batch(string siteId, params long[] seqs)
    {
        var now = DateTimeOffset.UtcNow;
        return new ReportBatch(1, siteId, [.. seqs.Select(n => Report(siteId, n, now.AddSeconds(-120 + n), Usage(n * 10, 1, peak: (int)n)))]);
    }

    public Task<int> StoredReportsAsync() => _nodes[0].App.WithDbAsync(db => db.ReceivedReports.CountAsync());

    /// <summary>Entries still in <c>kim:ingest</c> (finished ones are deleted).</summary>
    public async Task<long> StreamLengthAsync() =>
        long.Parse((await Redis.CommandAsync("XLEN kim:ingest")).TrimStart(':'), System.Globalization.CultureInfo.InvariantCulture);

    public Task<long> BytesInAsync(string siteId) =>
        _nodes[0].App.WithDbAsync(db => db.SiteMinutes.Where(m => m.SiteId == siteId).SumAsync(m => m.BytesIn));

    /// <summary>Waits (re-checking after every consumer pass of any node) until SQLite holds <paramref name="count"/> reports.</summary>
    public async Task WaitForStoredAsync(int count)
    {
        using var passed = new SemaphoreSlim(0);
        void OnPass(object? sender, int done) => passed.Release();
        var consumers = _nodes.Select(n => n.Consumer).ToList();
        consumers.ForEach(c => c.PassCompleted += OnPass);
        try
        {
            using var timeout = new CancellationTokenSource(DrainTimeout);
            while (await StoredReportsAsync() < count || await StreamLengthAsync() > 0)
            {
                await passed.WaitAsync(timeout.Token);
            }
        }
        finally
        {
            consumers.ForEach(c => c.PassCompleted -= OnPass);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await Redis.DisposeAsync();
    }
}
