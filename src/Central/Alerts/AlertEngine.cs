using KimHotspot.Central.Data;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sweeper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Alerts;

/// <summary>
/// Turns sweeps into alerts: feeds each condition through its <see cref="FlapGate"/>, writes the alert log and queues one
/// <see cref="AlertDelivery"/> per configured channel, then wakes the <see cref="AlertDispatcher"/>.
/// Called by the sweeper only (one sweep at a time).
/// </summary>
internal sealed class AlertEngine(
    IServiceScopeFactory scopes,
    IEnumerable<IAlertChannel> channels,
    AlertDispatcher dispatcher,
    IOptions<AlertsOptions> options,
    ILogger<AlertEngine> logger,
    KimHotspot.Central.Redis.ILeadership? leadership = null) : ISweepListener
{
    private static readonly TimeSpan RebootTolerance = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RebootRecent = TimeSpan.FromHours(1);
    private readonly Dictionary<string, SiteAlertState> _sites = new(StringComparer.Ordinal);
    private bool _restored;

    public async Task OnSweptAsync(SweepResult sweep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        if (leadership?.IsLeader == false)
        {
            _restored = false; // with several nodes only the leader raises alerts; a new leader reloads the open ones
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
        if (!_restored)
        {
            await RestoreAsync(db, cancellationToken);
            _restored = true;
        }

        var opened = new List<(SiteAlertState State, Alert Alert)>();
        foreach (var site in sweep.Sites)
        {
            var state = _sites.TryGetValue(site.Site.Id, out var known) ? known : _sites[site.Site.Id] = new SiteAlertState();
            await CheckRebootAsync(db, sweep.At, site, state, opened, cancellationToken);
            long rise = state.Backlog.Observe(sweep.At, site.Status.Status == SiteStatus.Online ? site.Live?.OutboxDepth : null, options.Value.BacklogHold);
            foreach (var kind in AlertConditions.Gated)
            {
                if (AlertConditions.Holds(kind, site.Status.Status, site.Live, rise, options.Value) is not { } holds)
                {
                    continue;
                }

                var gateHolds = AlertConditions.HoldsFor(kind, options.Value);
                var gate = state.Gate(kind);
                var change = gate.Observe(sweep.At, holds, gateHolds);
                switch (change)
                {
                    case GateChange.Opened:
                        opened.Add((state, Open(db, sweep.At, site, kind)));
                        break;
                    case GateChange.Flapped or GateChange.Reopened:
                        await FlappedAsync(db, sweep.At, site, kind, state, (change, gate, gateHolds), cancellationToken);
                        break;
                    case GateChange.Closed:
                        await CloseAsync(db, sweep.At, site, kind, state, gate.Flaps, cancellationToken);
                        break;
                }
            }
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (state, alert) in opened.Where(o => o.Alert.ClosedAt is null))
            {
                state.AlertIds[alert.Kind] = alert.Id;
                Log.AlertOpened(logger, alert.Id, alert.SiteId, alert.Kind);
            }

            dispatcher.Wake();
        }
    }

    private Alert Open(CentralDb db, DateTimeOffset now, SiteSweep site, AlertKind kind)
    {
        string text = AlertText.Compose(options.Value.Language, AlertEvent.Opened, kind, site.Site.Name, site.Live, site.Status.Reason, 0);
        var alert = new Alert { SiteId = site.Site.Id, Kind = kind, Severity = AlertConditions.Severity(kind), OpenedAt = now, Message = text };
        Queue(alert, AlertEvent.Opened, text, now);
        db.Alerts.Add(alert);
        return alert;
    }

    private async Task FlappedAsync(CentralDb db, DateTimeOffset now, SiteSweep site, AlertKind kind, SiteAlertState state, (GateChange Change, FlapGate Gate, GateHolds Holds) flap, CancellationToken cancellationToken)
    {
        var (change, gate, holds) = flap;
        if (!state.AlertIds.TryGetValue(kind, out long id) || await db.Alerts.FindAsync([id], cancellationToken) is not { } alert)
        {
            return;
        }

        alert.FlapCount = gate.Flaps;
        alert.ClosedAt = null;
        if (gate.Flaps == holds.FlappingAfter)
        {
            // Said once; the longer close hold keeps the flapping from turning into a storm of open/close messages.
            Log.AlertFlapping(logger, alert.Id, alert.SiteId, kind, gate.Flaps);
            Queue(alert, AlertEvent.Flapping, AlertText.Compose(options.Value.Language, AlertEvent.Flapping, kind, site.Site.Name, site.Live, site.Status.Reason, gate.Flaps), now);
        }
        else if (change == GateChange.Reopened && gate.Flaps < holds.FlappingAfter)
        {
            // Back soon after "closed": the same alert again, said as such (until it counts as flapping).
            Queue(alert, AlertEvent.Opened, AlertText.Compose(options.Value.Language, AlertEvent.Opened, kind, site.Site.Name, site.Live, site.Status.Reason, gate.Flaps), now);
        }
    }

    private async Task CloseAsync(CentralDb db, DateTimeOffset now, SiteSweep site, AlertKind kind, SiteAlertState state, int flaps, CancellationToken cancellationToken)
    {
        if (!state.AlertIds.TryGetValue(kind, out long id) || await db.Alerts.FindAsync([id], cancellationToken) is not { } alert)
        {
            return;
        }

        alert.ClosedAt = now;
        alert.FlapCount = flaps;
        Queue(alert, AlertEvent.Closed, AlertText.Compose(options.Value.Language, AlertEvent.Closed, kind, site.Site.Name, site.Live, site.Status.Reason, flaps), now);
        Log.AlertClosed(logger, alert.Id, alert.SiteId, kind, flaps);
    }

    private async Task CheckRebootAsync(CentralDb db, DateTimeOffset now, SiteSweep site, SiteAlertState state, List<(SiteAlertState, Alert)> opened, CancellationToken cancellationToken)
    {
        if (site.Live?.LastRebootAt is not { } rebootAt)
        {
            return;
        }

        bool isNew = state.RebootBaseline is { } baseline
            ? rebootAt > baseline + RebootTolerance
            : now - rebootAt <= RebootRecent
              && !await db.Alerts.AnyAsync(a => a.SiteId == site.Site.Id && a.Kind == AlertKind.RouterRebooted && a.OpenedAt == rebootAt, cancellationToken);
        state.RebootBaseline = rebootAt;
        if (!isNew)
        {
            return;
        }

        string text = AlertText.Compose(options.Value.Language, AlertEvent.Opened, AlertKind.RouterRebooted, site.Site.Name, site.Live, site.Status.Reason, 0);
        var alert = new Alert { SiteId = site.Site.Id, Kind = AlertKind.RouterRebooted, Severity = AlertSeverity.Info, OpenedAt = rebootAt, ClosedAt = now, Message = text };
        Queue(alert, AlertEvent.Opened, text, now);
        db.Alerts.Add(alert);
        opened.Add((state, alert));
        Log.RouterRebooted(logger, site.Site.Id, rebootAt);
    }

    private void Queue(Alert alert, AlertEvent alertEvent, string text, DateTimeOffset now)
    {
        foreach (var channel in channels.Where(c => c.IsConfigured))
        {
            alert.Deliveries.Add(new AlertDelivery { Event = alertEvent, Channel = channel.Kind, Text = text, CreatedAt = now, NextAttemptAt = now });
        }
    }

    /// <summary>After a restart: open alerts keep their gates open (no second "opened" message, a proper "closed" later).</summary>
    private async Task RestoreAsync(CentralDb db, CancellationToken cancellationToken)
    {
        var open = await db.Alerts.AsNoTracking()
            .Where(a => a.ClosedAt == null && a.Kind != AlertKind.RouterRebooted)
            .Select(a => new { a.Id, a.SiteId, a.Kind, a.FlapCount })
            .ToListAsync(cancellationToken);
        foreach (var alert in open)
        {
            var state = _sites.TryGetValue(alert.SiteId, out var known) ? known : _sites[alert.SiteId] = new SiteAlertState();
            state.Gates[alert.Kind] = FlapGate.Restore(alert.FlapCount);
            state.AlertIds[alert.Kind] = alert.Id;
        }
    }
}
