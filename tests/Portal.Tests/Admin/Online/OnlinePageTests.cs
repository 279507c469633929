using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Online;

public sealed class OnlinePageTests
{
    private static readonly Uri Page = new("/admin/online", UriKind.Relative);

    [Fact]
    public async Task Online_AnonymousOrEditor_RedirectedToSignInOrDenied()
    {
        await using var kit = await AdminKit.StartAsync();
        using var anonymous = kit.AnonymousClient();
        using var editor = await kit.SignedInClientAsync(AdminRole.Editor);

        var a = await anonymous.GetAsync(Page);
        var e = await editor.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
        Assert.StartsWith("/admin/masuk", a.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, e.StatusCode);
        Assert.StartsWith("/admin/ditolak", e.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Online_ThreeDevices_ListsWhoWithMaskedMacsShortCodeAndTotals()
    {
        await using var kit = await AdminKit.StartAsync();
        await OnlineSeed.ThreeOnlineAsync(kit);
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(Page));

        Assert.Contains("Siti Aminah", html, StringComparison.Ordinal);
        Assert.Contains("Pasar Minggu", html, StringComparison.Ordinal);
        Assert.Contains("…4QZ", html, StringComparison.Ordinal);
        Assert.DoesNotContain(OnlineSeed.VoucherCode, html, StringComparison.Ordinal);
        Assert.Contains("Uji coba", html, StringComparison.Ordinal);
        Assert.Contains("XX:XX:XX:XX:02:0A", html, StringComparison.Ordinal);
        Assert.DoesNotContain(OnlineSeed.MemberMac, html, StringComparison.Ordinal);
        Assert.Contains("10.5.50.11", html, StringComparison.Ordinal);
        Assert.Contains("Perangkat online: 3", html, StringComparison.Ordinal);
        Assert.Contains("50,0 MB", html, StringComparison.Ordinal); // the member's download, Indonesian decimals
        Assert.Contains("14m", html, StringComparison.Ordinal); // trial: 15 min limit-uptime, a few seconds used
        Assert.Contains("http-equiv=\"refresh\" content=\"30\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Online_Search_ShowsOnlyMatchingButTotalsStayOverAll()
    {
        await using var kit = await AdminKit.StartAsync();
        await OnlineSeed.ThreeOnlineAsync(kit);
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);

        var html = await admin.GetStringAsync(new Uri("/admin/online?q=pasar&auto=0", UriKind.Relative));

        Assert.Contains("Pasar Minggu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Aminah", html, StringComparison.Ordinal);
        Assert.Contains("Perangkat online: 3", html, StringComparison.Ordinal);
        Assert.Contains("auto=0", html, StringComparison.Ordinal); // links keep automatic refresh off
    }

    [Fact]
    public async Task Online_AutoOff_HasNoRefreshButKeepsReloadButton()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);

        var html = await admin.GetStringAsync(new Uri("/admin/online?auto=0", UriKind.Relative));

        Assert.DoesNotContain("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
        Assert.Contains("Muat ulang", html, StringComparison.Ordinal);
        Assert.Contains("Tidak ada perangkat yang online saat ini.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disconnect_ConfirmedPost_RemovesSessionOnRouterAndAudits()
    {
        await using var kit = await AdminKit.StartAsync();
        var (memberUser, _, _) = await OnlineSeed.ThreeOnlineAsync(kit);
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        string id = kit.App.Router.ActiveSessions().Single(s => s.User == memberUser).Id;
        string confirmUrl = "/admin/online?putus=" + Uri.EscapeDataString(id);

        var confirmPage = await admin.GetStringAsync(new Uri(confirmUrl, UriKind.Relative));
        var response = await AdminKit.PostFormAsync(admin, confirmUrl, "/admin/online?handler=Disconnect", new Dictionary<string, string> { ["id"] = id });

        Assert.Contains("Ya, putuskan", confirmPage, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", confirmPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(kit.App.Router.ActiveSessions(), s => s.User == memberUser);
        Assert.Equal(2, kit.App.Router.ActiveSessions().Count);
        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "online.disconnect"));
        Assert.Equal(memberUser, entry.Target);
        Assert.Contains("XX:XX:XX:XX:02:0A", entry.Before, StringComparison.Ordinal);
        Assert.DoesNotContain(OnlineSeed.MemberMac, entry.Before, StringComparison.Ordinal);
        Assert.StartsWith("admin-", entry.Actor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disconnect_WithoutAntiforgeryToken_Refused400()
    {
        await using var kit = await AdminKit.StartAsync();
        var (memberUser, _, _) = await OnlineSeed.ThreeOnlineAsync(kit);
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        string id = kit.App.Router.ActiveSessions().Single(s => s.User == memberUser).Id;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id });

        var response = await admin.PostAsync(new Uri("/admin/online?handler=Disconnect", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(kit.App.Router.ActiveSessions(), s => s.User == memberUser);
    }

    [Fact]
    public async Task Online_RouterSilent_PageStillRendersWithIndonesianMessage()
    {
        await using var kit = await AdminKit.StartAsync(new Dictionary<string, string?> { ["Router:CommandTimeout"] = "00:00:01" });
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        kit.App.Router.Faults.Silence = true;

        var response = await admin.GetAsync(Page);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Router Wi-Fi tidak bisa dihubungi atau terlalu lambat menjawab", html, StringComparison.Ordinal);
        kit.App.Router.Faults.Silence = false;
    }
}
