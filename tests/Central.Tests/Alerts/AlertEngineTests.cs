using KimHotspot.Central.Alerts;
using KimHotspot.Central.Tests.Sweeper;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Tests.Alerts;

/// <summary>Sweeps on a fake clock drive the alert engine; the alert log is checked in SQLite (delivery not started).</summary>
public sealed class AlertEngineTests
{
    private static readonly Dictionary<string, string?> WithWebhook = new() { ["Alerts:Webhook:Url"] = "http://127.0.0.1:9/hook" };

    private static Task<List<Alert>> AlertsAsync(SweepRig rig) =>
        rig.WithDbAsync(db => db.Alerts.Include(a => a.Deliveries).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Sweeps every 15 s for <paramref name="duration"/>, with a report each minute while <paramref name="reporting"/>.</summary>
    private static async Task RunAsync(SweepRig rig, TimeSpan duration, bool reporting, Func<KimHotspot.Central.Live.SiteLive, KimHotspot.Central.Live.SiteLive>? figures = null)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += TimeSpan.FromSeconds(15))
        {
            if (reporting && rig.Time.GetUtcNow().Second == 0)
            {
                rig.Report("A", figures);
            }

            await rig.SweepAfterAsync(TimeSpan.FromSeconds(15));
        }
    }

    [Fact]
    public async Task OnSweptAsync_OutageAndRecovery_OfflineAlertOpenedThenClosedWithDeliveries()
    {
        await using var rig = await SweepRig.CreateAsync(WithWebhook);
        await rig.AddSiteAsync("A");
        await RunAsync(rig, TimeSpan.FromMinutes(2), reporting: true);

        await RunAsync(rig, TimeSpan.FromMinutes(20), reporting: false);
        var open = Assert.Single(await AlertsAsync(rig));
        await RunAsync(rig, TimeSpan.FromMinutes(5), reporting: true);

        var alert = Assert.Single(await AlertsAsync(rig));
        Assert.Equal((AlertKind.Offline, AlertSeverity.Critical), (open.Kind, open.Severity));
        Assert.Null(open.ClosedAt);
        Assert.Contains("LURING", open.Message, StringComparison.Ordinal);
        Assert.NotNull(alert.ClosedAt);
        Assert.True(alert.ClosedAt - alert.OpenedAt >= TimeSpan.FromMinutes(3), "closed only after the back-online hold");
        Assert.Equal([AlertEvent.Opened, AlertEvent.Closed], alert.Deliveries.OrderBy(d => d.Id).Select(d => d.Event));
        Assert.All(alert.Deliveries, d => Assert.Equal(AlertChannelKind.Webhook, d.Channel));
        Assert.Contains("kembali daring", alert.Deliveries.Single(d => d.Event == AlertEvent.Closed).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnSweptAsync_LinkFlapping_OneAlertFlapsCountedSaidOnce()
    {
        await using var rig = await SweepRig.CreateAsync(WithWebhook);
        await rig.AddSiteAsync("A");
        await RunAsync(rig, TimeSpan.FromMinutes(1), reporting: true);
        await RunAsync(rig, TimeSpan.FromMinutes(16), reporting: false);

        // Back for a minute, gone for 15 again: six times over.
        for (int flap = 0; flap < 6; flap++)
        {
            await RunAsync(rig, TimeSpan.FromMinutes(1), reporting: true);
            await RunAsync(rig, TimeSpan.FromMinutes(16), reporting: false);
        }

        var alert = Assert.Single(await AlertsAsync(rig));
        Assert.Null(alert.ClosedAt);
        Assert.Equal(6, alert.FlapCount);
        // Said twice, then "flapping" once; after that the longer quiet time keeps it open and silent.
        Assert.Equal(
            [AlertEvent.Opened, AlertEvent.Closed, AlertEvent.Opened, AlertEvent.Closed, AlertEvent.Flapping],
            alert.Deliveries.OrderBy(d => d.Id).Select(d => d.Event));
    }

    [Fact]
    public async Task OnSweptAsync_CpuHighSustained_OpensOnlyAfterTheHold()
    {
        await using var rig = await SweepRig.CreateAsync(WithWebhook);
        await rig.AddSiteAsync("A");

        await RunAsync(rig, TimeSpan.FromMinutes(9), reporting: true, l => l with { CpuLoadPercent = 97 });
        var early = await AlertsAsync(rig);
        await RunAsync(rig, TimeSpan.FromMinutes(3), reporting: true, l => l with { CpuLoadPercent = 97 });

        Assert.Empty(early);
        var alert = Assert.Single(await AlertsAsync(rig));
        Assert.Equal((AlertKind.HighCpu, AlertSeverity.Warning), (alert.Kind, alert.Severity));
        Assert.Contains("97%", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnSweptAsync_RouterRebooted_OneClosedAlertPerReboot()
    {
        await using var rig = await SweepRig.CreateAsync(WithWebhook);
        await rig.AddSiteAsync("A");
        var oldBoot = SweepRig.Start.AddDays(-3);
        await RunAsync(rig, TimeSpan.FromMinutes(2), reporting: true, l => l with { LastRebootAt = oldBoot });
        var reboot = rig.Time.GetUtcNow();

        await RunAsync(rig, TimeSpan.FromMinutes(5), reporting: true, l => l with { LastRebootAt = reboot });

        var alert = Assert.Single(await AlertsAsync(rig));
        Assert.Equal((AlertKind.RouterRebooted, reboot), (alert.Kind, alert.OpenedAt));
        Assert.NotNull(alert.ClosedAt);
        Assert.Equal(AlertEvent.Opened, Assert.Single(alert.Deliveries).Event);
    }

    [Fact]
    public async Task OnSweptAsync_BacklogGrowing_Opens()
    {
        await using var rig = await SweepRig.CreateAsync(WithWebhook);
        await rig.AddSiteAsync("A");
        int depth = 0;

        await RunAsync(rig, TimeSpan.FromMinutes(25), reporting: true, l => l with { OutboxDepth = depth += 10, OldestUnsentAgeSeconds = 60 });

        var alert = Assert.Single(await AlertsAsync(rig));
        Assert.Equal(AlertKind.BacklogGrowing, alert.Kind);
    }

    [Fact]
    public async Task OnSweptAsync_NoChannelConfigured_AlertLoggedWithoutDeliveries()
    {
        await using var rig = await SweepRig.CreateAsync();
        await rig.AddSiteAsync("A");
        await RunAsync(rig, TimeSpan.FromMinutes(1), reporting: true);

        await RunAsync(rig, TimeSpan.FromMinutes(16), reporting: false);

        var alert = Assert.Single(await AlertsAsync(rig));
        Assert.Empty(alert.Deliveries);
    }

    [Fact]
    public async Task OnSweptAsync_AfterRestart_OpenAlertIsClosedNotDuplicated()
    {
        await using var rig = await SweepRig.CreateAsync(WithWebhook);
        await rig.AddSiteAsync("A");
        await RunAsync(rig, TimeSpan.FromMinutes(1), reporting: true);
        await RunAsync(rig, TimeSpan.FromMinutes(16), reporting: false);

        await using var restarted = await SweepRig.CreateAsync(WithWebhook, folder: rig.Folder);
        restarted.Time.Advance(rig.Time.GetUtcNow() - restarted.Time.GetUtcNow());
        await RunAsync(restarted, TimeSpan.FromMinutes(2), reporting: false);
        await RunAsync(restarted, TimeSpan.FromMinutes(5), reporting: true);

        var alert = Assert.Single(await AlertsAsync(restarted));
        Assert.NotNull(alert.ClosedAt);
        Assert.Equal([AlertEvent.Opened, AlertEvent.Closed], alert.Deliveries.OrderBy(d => d.Id).Select(d => d.Event));
    }
}
