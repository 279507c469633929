using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Sites;

public sealed partial class SiteKeyPageTests
{
    private const string SiteId = "71.74.01.2001";
    private const string Page = "/admin/situs/71.74.01.2001/kunci";

    [Fact]
    public async Task Create_ShowsKeyOnceWithAgentLines_AndKeyringHasIt()
    {
        await using var app = CentralApp.Create();
        await SiteKit.AddSiteAsync(app, SiteId, "Motoboi Kecil");
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");

        var created = await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Create", new Dictionary<string, string>());
        var body = await created.Content.ReadAsStringAsync();
        var key = ShownKey(body);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("Site__Id=" + SiteId, body, StringComparison.Ordinal);
        Assert.Equal([key], await ActiveKeyTextsAsync(app));
        Assert.DoesNotContain(key, await admin.GetStringAsync(new Uri(Page, UriKind.Relative)), StringComparison.Ordinal); // shown once
        Assert.DoesNotContain(key, await app.WithDbAsync(db => db.SiteKeys.Select(k => k.ProtectedSecret).SingleAsync()), StringComparison.Ordinal);
        var second = await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Create", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Fact]
    public async Task Rotate_BothKeysActiveUntilTheGraceEnds()
    {
        await using var app = CentralApp.Create();
        await SiteKit.AddSiteAsync(app, SiteId, "Motoboi Kecil");
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");
        var old = ShownKey(await (await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Create", new Dictionary<string, string>())).Content.ReadAsStringAsync());
        Assert.Single(await ActiveKeyTextsAsync(app)); // cached now: the rotation must make the keyring forget

        var rotated = await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Rotate", new Dictionary<string, string> { ["graceDays"] = "7" });
        var fresh = ShownKey(await rotated.Content.ReadAsStringAsync());

        Assert.Equal([fresh, old], await ActiveKeyTextsAsync(app));
        var retires = await app.WithDbAsync(db => db.SiteKeys.Where(k => k.RetiresAt != null).Select(k => k.RetiresAt!.Value).SingleAsync());
        Assert.InRange(retires - DateTimeOffset.UtcNow, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));

        // The grace period ends: only the new key is left.
        await app.WithDbAsync(db => db.SiteKeys.Where(k => k.RetiresAt != null).ExecuteUpdateAsync(u => u.SetProperty(k => k.RetiresAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        app.Services.GetRequiredService<SiteKeyring>().Forget(SiteId);
        Assert.Equal([fresh], await ActiveKeyTextsAsync(app));
    }

    [Fact]
    public async Task Rotate_ZeroGrace_OldKeyStopsAtOnce()
    {
        await using var app = CentralApp.Create();
        await SiteKit.AddSiteAsync(app, SiteId, "Motoboi Kecil");
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");
        await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Create", new Dictionary<string, string>());

        var bad = await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Rotate", new Dictionary<string, string> { ["graceDays"] = "400" });
        var rotated = await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Rotate", new Dictionary<string, string> { ["graceDays"] = "0" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Masa tenggang harus bilangan bulat 0 sampai 90 hari.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([ShownKey(await rotated.Content.ReadAsStringAsync())], await ActiveKeyTextsAsync(app));
    }

    [Fact]
    public async Task Revoke_KeyIsGoneAtOnce()
    {
        await using var app = CentralApp.Create();
        await SiteKit.AddSiteAsync(app, SiteId, "Motoboi Kecil");
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");
        await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Create", new Dictionary<string, string>());
        Assert.Single(await ActiveKeyTextsAsync(app));
        var keyId = await app.WithDbAsync(db => db.SiteKeys.Select(k => k.Id).SingleAsync());

        var revoked = await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Revoke",
            new Dictionary<string, string> { ["keyId"] = keyId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Empty(await ActiveKeyTextsAsync(app));
        Assert.Contains("sitekey.revoke", await app.WithDbAsync(db => db.OperatorAudits.Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task Archive_SiteKeysStopWorking()
    {
        await using var app = CentralApp.Create();
        await SiteKit.AddSiteAsync(app, SiteId, "Motoboi Kecil");
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");
        await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Create", new Dictionary<string, string>());
        Assert.Single(await ActiveKeyTextsAsync(app));

        const string edit = "/admin/situs/71.74.01.2001/ubah";
        await OperatorKit.PostFormAsync(admin, edit, edit + "?handler=Archive", new Dictionary<string, string>());

        Assert.Empty(await ActiveKeyTextsAsync(app));
    }

    private static async Task<List<string>> ActiveKeyTextsAsync(CentralApp app) =>
        [.. (await app.Services.GetRequiredService<SiteKeyring>().ActiveKeysAsync(SiteId)).Select(k => Encoding.UTF8.GetString(k))];

    private static string ShownKey(string page)
    {
        var match = KeyLine().Match(page);
        Assert.True(match.Success, "no key shown");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"Site__Key=([A-Za-z0-9_-]{43})")]
    private static partial Regex KeyLine();
}
