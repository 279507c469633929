using System.Text;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Sites;

/// <summary>The <c>site …</c> command line, run in-process on the test Central's services (real SQLite file).</summary>
public sealed class SiteCommandTests
{
    [Fact]
    public async Task Create_RegistersSiteAndPrintsItsActiveKeyOnce()
    {
        await using var app = CentralApp.Create();

        var run = await RunAsync(app, "create", "32.04.12.2001", "--name", "Desa Sukamaju", "--kecamatan", "Cikancung",
            "--lat", "-7.0012", "--lon", "107.8431", "--portal-url", "http://127.0.0.1:5080/", "--interval", "10");

        Assert.Equal(0, run.ExitCode);
        var key = PrintedKey(run.Output);
        var site = await app.WithDbAsync(db => db.Sites.SingleAsync());
        Assert.Equal(("32.04.12.2001", "Desa Sukamaju", "Cikancung"), (site.Id, site.Name, site.Kecamatan));
        Assert.Equal("http://127.0.0.1:5080", site.PortalUrl);
        Assert.Equal(TimeSpan.FromSeconds(10), site.ReportInterval);
        Assert.Equal(-7.0012, site.Latitude);
        var active = await app.Services.GetRequiredService<SiteKeyring>().ActiveKeysAsync("32.04.12.2001");
        Assert.Equal(Encoding.UTF8.GetBytes(key), Assert.Single(active));
        Assert.Equal(1, CommandKit.ShownOnceCount(run.Output));
        var audit = await app.WithDbAsync(db => db.OperatorAudits.Where(a => a.Target == "site:32.04.12.2001").ToListAsync());
        Assert.Equal(["site.create", "sitekey.create"], audit.Select(a => a.Action).Order().ToArray());
        Assert.All(audit, a => Assert.Equal("cli", a.Actor));
        Assert.All(audit, a => Assert.DoesNotContain(key, a.Details ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RotateKey_NewKeyWorks_OnlyTheNewKeyIsActive()
    {
        await using var app = CentralApp.Create();
        var old = PrintedKey((await RunAsync(app, "create", "7174012001", "--name", "Desa Mogolaing")).Output);

        var run = await RunAsync(app, "rotate-key", "7174012001");

        Assert.Equal(0, run.ExitCode);
        var key = PrintedKey(run.Output);
        Assert.NotEqual(old, key);
        var keyring = app.Services.GetRequiredService<SiteKeyring>();
        keyring.Forget("7174012001");
        Assert.Equal(Encoding.UTF8.GetBytes(key), Assert.Single(await keyring.ActiveKeysAsync("7174012001")));
    }

    [Fact]
    public async Task Create_ExistingSite_IsRefusedAndKeepsTheKey()
    {
        await using var app = CentralApp.Create();
        await RunAsync(app, "create", "32.04.12.2001", "--name", "Desa Sukamaju");

        var again = await RunAsync(app, "create", "32.04.12.2001", "--name", "Desa Lain");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already registered", again.Error, StringComparison.Ordinal);
        Assert.Equal("Desa Sukamaju", (await app.WithDbAsync(db => db.Sites.SingleAsync())).Name);
        Assert.Equal(1, await app.WithDbAsync(db => db.SiteKeys.CountAsync()));
    }

    [Fact]
    public async Task List_ShowsEverySiteWithItsKeyState()
    {
        await using var app = CentralApp.Create();
        await RunAsync(app, "create", "32.04.12.2001", "--name", "Desa Sukamaju", "--kecamatan", "Cikancung");
        await RunAsync(app, "create", "32.04.12.2002", "--name", "Desa Sukarame");

        var list = await RunAsync(app, "list");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("Desa Sukamaju", list.Output, StringComparison.Ordinal);
        Assert.Contains("Desa Sukarame", list.Output, StringComparison.Ordinal);
        Assert.Contains("2 site(s).", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, CommandKit.ShownOnceCount(list.Output));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("create", "32.04.12.2001")]
    [InlineData("create", "sukamaju", "--name", "Desa Sukamaju")]
    [InlineData("create", "32.04.12.2001", "--name", "Desa Sukamaju", "--lat", "95", "--lon", "107")]
    [InlineData("create", "32.04.12.2001", "--name", "Desa Sukamaju", "--portal-url", "ftp://x")]
    [InlineData("create", "32.04.12.2001", "--name", "Desa Sukamaju", "--interval", "5")]
    [InlineData("create", "32.04.12.2001", "--name", "Desa Sukamaju", "--colour", "red")]
    [InlineData("rotate-key", "32.04.12.2009")]
    [InlineData("rotate-key")]
    [InlineData("list", "--verbose")]
    public async Task BadInput_SaysWhyAndExitsWithOne(params string[] args)
    {
        await using var app = CentralApp.Create();

        var run = await RunAsync(app, args);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sites.CountAsync()));
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(CentralApp app, params string[] args) =>
        CommandKit.RunAsync(app, SiteCommand.RunAsync, args);

    private static string PrintedKey(string output) => CommandKit.ShownOnce(output);
}
