using KimHotspot.Central.History;
using KimHotspot.Central.Tests.Ingest;
using KimHotspot.Contracts.Messages;
using Microsoft.Extensions.DependencyInjection;
using static KimHotspot.Central.Tests.Ingest.Samples;

namespace KimHotspot.Central.Tests.History;

/// <summary>One site on an <see cref="IngestHost"/>, with helpers to post usage at local (WITA) times and run roll-ups.</summary>
internal sealed class HistoryHost : IAsyncDisposable
{
    public const string Site = "71.74.01.2001";
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private long _seq;

    private HistoryHost(IngestHost host, string key) => (Host, Key) = (host, key);

    public IngestHost Host { get; }

    public string Key { get; }

    /// <summary>28 Nov 2026 at <paramref name="hour"/>:<paramref name="minute"/> WITA, as UTC.</summary>
    public static DateTimeOffset Local(int hour, int minute = 0, int day = 28) =>
        new DateTimeOffset(2026, 11, day, 0, 0, 0, Wita).AddHours(hour).AddMinutes(minute).ToUniversalTime();

    public static async Task<HistoryHost> StartAsync(DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Central:RollInterval"] = "01:00:00", ["Central:Ingest:SiteBurst"] = "1000" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        var host = IngestHost.Start(all, now: now);
        return new HistoryHost(host, await host.AddSiteAsync(Site));
    }

    /// <summary>Posts hotspot usage samples (synced clock) taken at the given times.</summary>
    public async Task PostUsageAsync(params (DateTimeOffset At, long BytesIn, int Peak)[] samples)
    {
        var now = Host.Time.GetUtcNow();
        var reports = samples.Select(s => Report(Site, ++_seq, s.At, Usage(s.BytesIn, 1, s.Peak), synced: true, ageMs: (long)(now - s.At).TotalMilliseconds));
        _ = await IngestHost.AckAsync(await Host.PostAsync(Site, Key, new ReportBatch(1, Site, [.. reports])));
    }

    public Task<RollupResult> RollAsync() => Host.Services.GetRequiredService<RollupPass>().RunAsync(CancellationToken.None);

    public void Advance(TimeSpan by) => Host.Time.Advance(by);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
