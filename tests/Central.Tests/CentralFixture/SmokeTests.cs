using KimHotspot.Central.Sites;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Tests.CentralFixture;

public sealed class SmokeTests
{
    [Fact]
    public async Task Start_FreshFolder_CreatesTheDatabaseWithTheRegistry()
    {
        await using var app = CentralApp.Create();
        _ = app.Services; // starts the host: schema created

        var count = await app.WithDbAsync(db =>
        {
            db.Sites.Add(new Site { Id = "71.74.01.2001", Name = "Motoboi Kecil", Kecamatan = "Kotamobagu Timur" });
            return db.SaveChangesAsync();
        });

        Assert.Equal(1, count);
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "central.db")));
        Assert.Equal("Motoboi Kecil", await app.WithDbAsync(db => db.Sites.Select(s => s.Name).SingleAsync()));
    }
}
