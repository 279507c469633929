using System.Globalization;
using KimHotspot.RouterAgent.Collect;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Rollup;
using KimHotspot.RouterAgent.Site;
using KimHotspot.RouterAgent.Tests.Collect;
using KimHotspot.RouterAgent.Upload;
using Microsoft.Data.Sqlite;

namespace KimHotspot.RouterAgent.Tests.EndToEnd;

/// <summary>
/// The agent built by hand as Program.cs wires it (no host): a real outbox file with the real roll-up, the collector
/// with router and hotspot pollers on the simulator, a Portal probe, the agent probe, and the uploader. Time is
/// driven by the test: <see cref="StepAsync"/> runs the due samplers and, when the uploader's last
/// <see cref="UploadCycle.NextDelay"/> has passed on the monotonic clock, one upload cycle.
/// </summary>
public sealed class AgentRig : IAsyncDisposable
{
    private readonly SimRouter _sim;
    private readonly AgentClock _clock;
    private readonly Uri _portal;
    private readonly HttpClient _http = new();
    private readonly SiteOptions _site = new() { Id = KimHotspot.RouterAgent.Tests.Upload.TestReceiver.SiteId, Key = "village-key-0123456789abcdef0123" };
    private long _uploadDue;
    private long _hotspotDue;
    private bool _baselineTaken;

    public AgentRig(SimRouter sim, AgentClock clock, Uri receiver, Uri portal)
    {
        (_sim, _clock, _portal) = (sim, clock, portal);
        Options = new OutboxOptions { Directory = Path.Combine(Path.GetTempPath(), "kh-e2e-" + Guid.NewGuid().ToString("N")) };
        Upload = new UploadOptions { Url = receiver, BatchSize = 50, MaxBatchesPerCycle = 4 };
        Start();
    }

    /// <summary>Production defaults (64 MiB, 30 days) in a temp folder: a 7-day outage must fit without roll-ups.</summary>
    public OutboxOptions Options { get; }

    public UploadOptions Upload { get; }

    public CollectOptions Collect { get; } = new()
    {
        RouterInterval = TimeSpan.FromMinutes(1),
        HotspotInterval = TimeSpan.FromMinutes(1),
        PortalInterval = TimeSpan.FromMinutes(5),
        AgentInterval = TimeSpan.FromMinutes(5),
    };

    public ReportOutbox Outbox { get; private set; } = null!;

    public Collector Collector { get; private set; } = null!;

    public Uploader Uploader { get; private set; } = null!;

    public List<Guid> Boots { get; } = [];

    public List<UploadCycle> Cycles { get; } = [];

    /// <summary>
    /// Collects what is due, then uploads when due. Returns whether the hotspot poller ran and whether that poll was
    /// its baseline (the first poll of this agent start, which reports nothing).
    /// </summary>
    public async Task<(bool HotspotPolled, bool Baseline)> StepAsync()
    {
        long now = _clock.GetTimestamp();
        bool polled = now >= _hotspotDue; // mirrors the collector's own schedule
        if (polled)
        {
            _hotspotDue = now + Ticks(Collect.HotspotInterval);
        }

        await Collector.RunDueAsync();
        bool baseline = polled && !_baselineTaken;
        _baselineTaken |= polled;
        if (_clock.GetTimestamp() >= _uploadDue)
        {
            var cycle = await Uploader.RunCycleAsync();
            Cycles.Add(cycle);
            _uploadDue = _clock.GetTimestamp() + Ticks(cycle.NextDelay);
        }

        return (polled, baseline);
    }

    /// <summary>The agent process restarts: the outbox file is closed and reopened (a new boot), every poller starts over.</summary>
    public void Restart()
    {
        Outbox.Dispose();
        Start();
    }

    public async Task<OutboxStats> StatsAsync() => await Outbox.GetStatsAsync();

    /// <summary>Every boot the outbox file recorded with the last seq it assigned (read from the file itself).</summary>
    public Dictionary<Guid, long> AssignedSeqs()
    {
        using var db = new SqliteConnection($"Data Source={Options.FilePath};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT boot_id, last_seq FROM boots;";
        using var reader = command.ExecuteReader();
        var seqs = new Dictionary<Guid, long>();
        while (reader.Read())
        {
            seqs[Guid.Parse(reader.GetString(0))] = reader.GetInt64(1);
        }

        return seqs;
    }

    public async ValueTask DisposeAsync()
    {
        await Outbox.DisposeAsync();
        _http.Dispose();
        if (Directory.Exists(Options.Directory))
        {
            Directory.Delete(Options.Directory, recursive: true);
        }
    }

    private void Start()
    {
        Outbox = ReportOutbox.Open(Options, new ReportRollup(), _clock);
        Boots.Add(Outbox.BootId);
        var uploader = new Uploader(Outbox, _http, Upload, _site, _clock, null, new Random(Boots.Count));
        Uploader = uploader;
        Collector = new Collector(
            Outbox, Collect, _site, new ClockSync(ClockSyncMode.Synced, _clock), _clock,
            new RouterPoller(_sim, _clock),
            new HotspotPoller(_sim, _clock, DeviceSalt.LoadOrCreate(Options.Directory), TimeZoneInfo.Utc, Collect.HotspotPoller()),
            new PortalProbe(_http, _portal, Collect.PortalTimeout, _clock),
            new AgentProbe(Outbox, () => uploader.ClockOffset));
        (_uploadDue, _hotspotDue, _baselineTaken) = (0, 0, false);
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _clock.TimestampFrequency);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"agent with {Boots.Count} boot(s) in {Options.Directory}");
}
