using KimHotspot.Central.Alerts;
using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Sweeper;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Dashboard;

/// <summary>
/// A small fleet for dashboard tests, written into a running Central: four sites in two kecamatan, 30 days of daily
/// usage (one far below the others), minute detail today, live figures, one open alert, then one real sweep.
/// </summary>
internal static class DashboardSeed
{
    public const string Busy = "71.74.01.2001";
    public const string Quiet = "71.74.01.2002"; // far below the median: flagged
    public const string Silent = "71.74.02.2001"; // last heard 20 minutes ago: offline
    public const string Never = "71.74.02.2002"; // never reported: unknown

    public const long BusyBytesToday = 1_200_000_000; // "1,2 GB"

    public static async Task SeedAsync(IServiceProvider services)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var buckets = services.GetRequiredService<TimeBuckets>();
        var now = time.GetUtcNow();
        var today = buckets.Day(now);
        var minute = TimeBuckets.Minute(now).AddMinutes(-2) is var m && m >= today ? m : today;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
            db.Sites.AddRange(
                NewSite(Busy, "Motoboi Kecil", "Kotamobagu Timur", 0.72, 124.33, now),
                NewSite(Quiet, "Motoboi Besar", "Kotamobagu Timur", 0.71, 124.34, now),
                NewSite(Silent, "Kobo Kecil", "Kotamobagu Selatan", 0.68, 124.30, now),
                NewSite(Never, "Kobo Besar", "Kotamobagu Selatan", 0.67, 124.31, now));
            for (int d = 1; d <= 29; d++)
            {
                var day = buckets.Day(today.AddHours((-24 * d) + 12));
                foreach (var (id, bytes, devices) in new[] { (Busy, 2_000_000_000L, 40), (Silent, 1_500_000_000L, 30), (Never, 1_000_000_000L, 25), (Quiet, 10_000_000L, 2) })
                {
                    db.SiteDays.Add(new SiteDay { SiteId = id, Start = day, BytesIn = bytes, DistinctDevices = devices, Reports = 1440 });
                }
            }

            db.SiteMinutes.Add(new SiteMinute
            {
                SiteId = Busy, Start = minute, BytesIn = 1_000_000_000, BytesOut = 200_000_000, PeakUsers = 17, DistinctDevices = 30,
                RouterSamples = 1, CpuLoadMax = 35, CpuLoadSum = 35, MemoryFreeMin = 250_000_000, MemoryTotal = 1_000_000_000, Reports = 3,
            });
            db.Alerts.Add(new Alert
            {
                SiteId = Silent, Kind = AlertKind.Offline, Severity = AlertSeverity.Critical, OpenedAt = now.AddMinutes(-5),
                Message = "[KRITIS] Kobo Kecil: LURING — Semua diam — uplink atau listrik",
            });
            await db.SaveChangesAsync();
        }

        var live = services.GetRequiredService<ILiveState>();
        await live.UpdateAsync(new SiteLive
        {
            SiteId = Busy, LastSeen = now, LastSampleAt = now, RouterReachable = true, RouterUptimeSeconds = 3 * 86400 + 4 * 3600,
            CpuLoadPercent = 35, MemoryFreeBytes = 250_000_000, MemoryTotalBytes = 1_000_000_000, ActiveUsers = 17, PortalReachable = true,
            OutboxDepth = 4, OldestUnsentAgeSeconds = 120, DroppedReports = 0, ClockOffsetMs = 850,
        });
        await live.UpdateAsync(new SiteLive { SiteId = Quiet, LastSeen = now, LastSampleAt = now, ActiveUsers = 1, RouterReachable = true });
        await live.UpdateAsync(new SiteLive { SiteId = Silent, LastSeen = now.AddMinutes(-20), LastSampleAt = now.AddMinutes(-20), ActiveUsers = 5 });
        await SweepAsync(services);
    }

    /// <summary>Runs one real sweep so the status board reflects the live state now.</summary>
    public static Task<SweepResult> SweepAsync(IServiceProvider services) =>
        services.GetRequiredService<SiteSweeper>().SweepOnceAsync(CancellationToken.None);

    private static Site NewSite(string id, string name, string kecamatan, double lat, double lon, DateTimeOffset now) => new()
    {
        Id = id, Name = name, Kecamatan = kecamatan, Latitude = lat, Longitude = lon, CreatedAt = now.AddDays(-60),
    };
}
