namespace KimHotspot.Portal.Tests.PortalFixture;

public class SmokeTests
{
    [Fact]
    public async Task Start_FreshDataFolder_MigratesAndServesErrorPageInIndonesian()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();

        var response = await client.GetAsync("/Error?code=404");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "portal.db")));
        Assert.Contains("Halaman tidak ditemukan.", html, StringComparison.Ordinal);
    }
}
