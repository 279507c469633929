using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using KimHotspot.Central.Sites;

namespace KimHotspot.Central.Tests.Reports;

/// <summary>Sites and hourly history written straight into Central's database for report tests.</summary>
internal static class ReportSeed
{
    /// <summary>October 2026 in Asia/Makassar (UTC+8): starts 2026-09-30 16:00 UTC, 744 hours.</summary>
    public static readonly DateTimeOffset OctoberStart = new(2026, 9, 30, 16, 0, 0, TimeSpan.Zero);

    public static Site Site(string id, string name, string kecamatan = "Kotamobagu Barat", DateTimeOffset? createdAt = null) =>
        new() { Id = id, Name = name, Kecamatan = kecamatan, CreatedAt = createdAt ?? OctoberStart.AddMonths(-3) };

    /// <summary><paramref name="count"/> consecutive hours from <paramref name="from"/>, each shaped by <paramref name="shape"/>.</summary>
    public static IEnumerable<SiteHour> Hours(string siteId, DateTimeOffset from, int count, Action<SiteHour>? shape = null)
    {
        for (int i = 0; i < count; i++)
        {
            var hour = new SiteHour { SiteId = siteId, Start = from.AddHours(i), RouterSamples = 60, Reports = 240 };
            shape?.Invoke(hour);
            yield return hour;
        }
    }

    public static async Task AddAsync(CentralDb db, IEnumerable<Site> sites, IEnumerable<SiteHour> hours)
    {
        db.Sites.AddRange(sites);
        db.SiteHours.AddRange(hours);
        await db.SaveChangesAsync();
    }
}
