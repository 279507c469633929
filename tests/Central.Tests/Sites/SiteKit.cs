using KimHotspot.Central.Sites;
using KimHotspot.Central.Tests.CentralFixture;

namespace KimHotspot.Central.Tests.Sites;

/// <summary>Sites written straight into the registry for tests.</summary>
internal static class SiteKit
{
    public static Task<int> AddSiteAsync(CentralApp app, string id, string name) =>
        app.WithDbAsync(db =>
        {
            db.Sites.Add(new Site { Id = id, Name = name, Kecamatan = "Kotamobagu Timur", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
}
