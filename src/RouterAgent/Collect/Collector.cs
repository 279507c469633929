using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Site;
using KimHotspot.RouterAgent.Upload;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// Runs each sampler when it is due (monotonic clock, so a wall-clock jump neither skips nor repeats a poll) and
/// writes every sample to the outbox before anything else sees it. Router, hotspot and Portal trouble are samples;
/// a sample the outbox cannot take is logged and the next one tries again. One caller at a time.
/// </summary>
public sealed class Collector
{
    private readonly ReportOutbox _outbox;
    private readonly IReadOnlyList<Sampler> _samplers;
    private readonly string _siteId;
    private readonly ClockSync _clock;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public Collector(
        ReportOutbox outbox, CollectOptions options, SiteOptions site, ClockSync clock, TimeProvider time,
        RouterPoller router, HotspotPoller hotspot, PortalProbe? portal, AgentProbe agent, ILogger<Collector>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(site);
        (_outbox, _clock, _time, _siteId) = (outbox, clock, time, site.Id);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        var samplers = new List<Sampler>
        {
            new(RouterHealth.Kind, options.RouterInterval, async ct => await router.PollAsync(ct)),
            new(HotspotUsage.Kind, options.HotspotInterval, async ct => await hotspot.PollAsync(ct)),
        };
        if (portal is not null)
        {
            samplers.Add(new(PortalHealth.Kind, options.PortalInterval, async ct => await portal.ProbeAsync(ct)));
        }

        samplers.Add(new(AgentHealth.Kind, options.AgentInterval, async ct => await agent.ProbeAsync(ct)));
        _samplers = samplers;
        LastCycle = time.GetTimestamp();
    }

    /// <summary>Monotonic timestamp of the last finished <see cref="RunDueAsync"/> (what the systemd watchdog watches).</summary>
    public long LastCycle { get; private set; }

    /// <summary>Runs every sampler that is due and stores what it measured; returns how many reports were written.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var written = 0;
        foreach (var sampler in _samplers)
        {
            long now = _time.GetTimestamp();
            if (sampler.NextDue is { } due && now < due)
            {
                continue;
            }

            sampler.NextDue = now + (long)(sampler.Interval.TotalSeconds * _time.TimestampFrequency);
            var sampledAt = _time.GetUtcNow();
            var body = await sampler.Sample(cancellationToken);
            if (body is not null && await StoreAsync(sampler.Kind, sampledAt, body, cancellationToken))
            {
                written++;
            }
        }

        LastCycle = _time.GetTimestamp();
        if (written > 0)
        {
            _outbox.Fresh.Stored();
        }

        return written;
    }

    /// <summary>Time until the next sampler is due (zero when one is due now).</summary>
    public TimeSpan UntilNextDue()
    {
        long now = _time.GetTimestamp();
        long next = _samplers.Min(s => s.NextDue ?? now);
        return next <= now ? TimeSpan.Zero : _time.GetElapsedTime(now, next);
    }

    private async Task<bool> StoreAsync(string kind, DateTimeOffset sampledAt, ReportBody body, CancellationToken ct)
    {
        try
        {
            await OutboxReport.AppendAsync(_outbox, _siteId, sampledAt, _clock.IsSynced(), body, ct);
            return true;
        }
        catch (Exception e) when (e is SqliteException or IOException)
        {
            // Disk failing: this sample is lost, and logged (the budget keeps the outbox itself from filling the disk).
            Log.SampleNotStored(_logger, kind, e.Message);
            return false;
        }
    }

    private sealed class Sampler(string kind, TimeSpan interval, Func<CancellationToken, Task<ReportBody?>> sample)
    {
        public string Kind { get; } = kind;

        public TimeSpan Interval { get; } = interval;

        public Func<CancellationToken, Task<ReportBody?>> Sample { get; } = sample;

        public long? NextDue { get; set; }
    }
}
