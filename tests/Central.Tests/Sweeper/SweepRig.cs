using System.Threading.Channels;
using KimHotspot.Central.Alerts;
using KimHotspot.Central.Data;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Sweeper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.Central.Tests.Sweeper;

/// <summary>
/// The sweeper and alert services as Central registers them, on a plain service collection: a real SQLite file,
/// a <see cref="FakeTimeProvider"/>, a <see cref="FakeLiveState"/> and a listener that records every sweep.
/// </summary>
internal sealed class SweepRig : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder;

    private SweepRig(string folder, ServiceProvider services, FakeTimeProvider time, FakeLiveState live, Channel<SweepResult> sweeps) =>
        (_folder, Services, Time, Live, Sweeps) = (folder, services, time, live, sweeps);

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public FakeLiveState Live { get; }

    /// <summary>Every sweep, as the listeners saw it.</summary>
    public Channel<SweepResult> Sweeps { get; }

    public ISiteStatusBoard Board => Services.GetRequiredService<ISiteStatusBoard>();

    internal SiteSweeper Sweeper => Services.GetRequiredService<SiteSweeper>();

    internal AlertDispatcher Dispatcher => Services.GetRequiredService<AlertDispatcher>();

    /// <summary>The folder of the SQLite file (pass it to a second rig to play a restart).</summary>
    public string Folder => _folder;

    public static async Task<SweepRig> CreateAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "kimhotspot-central-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection();
        var (time, live, sweeps) = (new FakeTimeProvider(Start), new FakeLiveState(), Channel.CreateUnbounded<SweepResult>());
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddLogging();
        services.AddDbContext<CentralDb>(o => o.UseSqlite($"Data Source={Path.Combine(folder, "central.db")};Pooling=False"));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<ILiveState>(live);
        services.AddSingleton<ISweepListener>(new RecordingListener(sweeps.Writer));
        services.AddSweeperServices();
        services.AddAlertServices();
        configure?.Invoke(services);
        var rig = new SweepRig(folder, services.BuildServiceProvider(validateScopes: true), time, live, sweeps);
        await rig.WithDbAsync(db => db.Database.EnsureCreatedAsync());
        return rig;
    }

    public async Task<T> WithDbAsync<T>(Func<CentralDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CentralDb>());
    }

    public Task AddSiteAsync(string id, TimeSpan? reportInterval = null, bool archived = false) =>
        WithDbAsync(db =>
        {
            db.Sites.Add(new Site { Id = id, Name = "Desa " + id, ReportInterval = reportInterval ?? TimeSpan.FromMinutes(1), Archived = archived });
            return db.SaveChangesAsync();
        });

    /// <summary>A report from the site arrives now.</summary>
    public void Report(string siteId, Func<SiteLive, SiteLive>? figures = null)
    {
        var live = new SiteLive { SiteId = siteId, LastSeen = Time.GetUtcNow(), RouterReachable = true, PortalReachable = true };
        Live.Set(figures is null ? live : figures(live));
    }

    /// <summary>Moves the clock and runs one sweep by hand (the hosted loop is not started).</summary>
    public async Task<SweepResult> SweepAfterAsync(TimeSpan elapsed)
    {
        Time.Advance(elapsed);
        return await Sweeper.SweepOnceAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder later.
        }
    }

    private sealed class RecordingListener(ChannelWriter<SweepResult> sweeps) : ISweepListener
    {
        public Task OnSweptAsync(SweepResult sweep, CancellationToken cancellationToken) =>
            sweeps.WriteAsync(sweep, cancellationToken).AsTask();
    }
}
