using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using KimHotspot.Central.Sites;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Benchmarks;

/// <summary>
/// Writes what a benchmark needs straight into Central's SQLite file before the server starts (the schema exists:
/// the operator CLI created it): sites with one active key each, protected with Central's own data-protection keys
/// (the <c>keys</c> folder beside the database, application name <c>KimHotspot.Central</c>), and minute/day history.
/// </summary>
internal static class CentralSeed
{
    public static async Task SitesAsync(string dataDirectory, IReadOnlyList<BenchSite> sites, CancellationToken cancellationToken)
    {
        var protection = DataProtectionProvider.Create(
            new DirectoryInfo(Path.Combine(dataDirectory, "keys")), b => b.SetApplicationName("KimHotspot.Central"));
        var protector = protection.CreateProtector(SiteKeyring.Purpose);
        await using var db = Open(dataDirectory);
        var now = DateTimeOffset.UtcNow.AddDays(-60);
        foreach (var site in sites)
        {
            db.Sites.Add(new Site
            {
                Id = site.Id,
                Name = "Desa Bench " + site.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Kecamatan = site.Kecamatan,
                Latitude = 0.70 + (site.Index % 40 * 0.01),
                Longitude = 124.25 + (site.Index / 40 * 0.01),
                CreatedAt = now,
                Keys = [new SiteKey { SiteId = site.Id, ProtectedSecret = protector.Protect(site.Key), CreatedAt = now }],
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// History as a full day of agents leaves it: a minute row per site for every minute from the site-local midnight
    /// of <paramref name="zone"/> until now, and a day row per site for the 29 days before.
    /// </summary>
    public static async Task<int> HistoryAsync(
        string dataDirectory, IReadOnlyList<BenchSite> sites, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var buckets = new TimeBuckets(zone);
        var now = DateTimeOffset.UtcNow;
        var today = buckets.Day(now);
        var firstMinute = TimeBuckets.Minute(today);
        int minutes = (int)(TimeBuckets.Minute(now) - firstMinute).TotalMinutes;
        await using var db = Open(dataDirectory);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int rows = 0;
        foreach (var site in sites)
        {
            for (int m = 0; m < minutes; m++)
            {
                db.SiteMinutes.Add(Figures(new SiteMinute { SiteId = site.Id, Start = firstMinute.AddMinutes(m) }, site.Index + m));
            }

            for (int d = 1; d <= 29; d++)
            {
                var figures = Figures(new SiteDay { SiteId = site.Id, Start = today.AddDays(-d) }, site.Index + d);
                figures.BytesIn *= 1000;
                figures.BytesOut *= 1000;
                db.SiteDays.Add(figures);
            }

            rows += minutes + 29;
            if (site.Index % 20 == 19)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private static T Figures<T>(T row, int n)
        where T : SiteFigures
    {
        row.BytesIn = 2_000_000 + (n % 997 * 1000);
        row.BytesOut = 9_000_000 + (n % 991 * 4000);
        row.SessionStarts = n % 3;
        row.SessionEnds = n % 3;
        row.PeakUsers = 3 + (n % 17);
        row.DistinctDevices = 20 + (n % 17);
        row.CpuLoadMax = 5 + (n % 40);
        row.CpuLoadSum = 5 + (n % 40);
        row.MemoryFreeMin = 400_000_000;
        row.MemoryTotal = 1_073_741_824;
        row.RouterSamples = 1;
        row.PortalUpSamples = 1;
        row.Reports = 4;
        return row;
    }

    private static CentralDb Open(string dataDirectory) => new(new DbContextOptionsBuilder<CentralDb>()
        .UseSqlite($"Data Source={Path.Combine(dataDirectory, "central.db")};Default Timeout=30")
        .Options);
}
