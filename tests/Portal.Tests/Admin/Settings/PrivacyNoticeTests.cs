using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Settings;

public sealed class PrivacyNoticeTests
{
    private const string Page = "/admin/pengaturan/privasi";

    internal const string NewText = "Pemberitahuan baru: kami menyimpan nama, nomor HP dan alamat MAC perangkat Anda selama 90 hari saja.";

    [Fact]
    public async Task Publish_ChangedTextConfirmed_NewVersionOldKeptAudited()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        string v1 = await kit.WithDbAsync((db, _) => db.PrivacyNotices.Select(n => n.Text).SingleAsync());

        var response = await AdminKit.PostFormAsync(admin, Page, Page, new Dictionary<string, string> { ["Text"] = NewText, ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notices = await kit.WithDbAsync((db, _) => db.PrivacyNotices.OrderBy(n => n.Version).ToListAsync());
        Assert.Equal([1, 2], notices.Select(n => n.Version));
        Assert.Equal(v1, notices[0].Text);
        Assert.Equal(NewText, notices[1].Text);
        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "privacy.publish"));
        Assert.Equal("privacy-notice:2", entry.Target);
        Assert.Contains("\"version\":1", entry.Before, StringComparison.Ordinal);
        Assert.Contains($"\"length\":{NewText.Length}", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("90 hari", entry.After, StringComparison.Ordinal);
        var html = await admin.GetStringAsync(new Uri(Page, UriKind.Relative));
        Assert.Contains("Versi 2", html, StringComparison.Ordinal);
        Assert.Contains("Versi 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_UnchangedOrUnconfirmed_NoNewVersion()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        string v1 = await kit.WithDbAsync((db, _) => db.PrivacyNotices.Select(n => n.Text).SingleAsync());

        var same = await AdminKit.PostFormAsync(admin, Page, Page, new Dictionary<string, string> { ["Text"] = v1, ["confirm"] = "true" });
        var unconfirmed = await AdminKit.PostFormAsync(admin, Page, Page, new Dictionary<string, string> { ["Text"] = NewText });
        var tooShort = await AdminKit.PostFormAsync(admin, Page, Page, new Dictionary<string, string> { ["Text"] = "pendek", ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, same.StatusCode);
        Assert.Contains("Terbitkan sebagai versi baru", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Teks pemberitahuan harus 20 sampai", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await kit.WithDbAsync((db, _) => db.PrivacyNotices.CountAsync()));
        Assert.False(await kit.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.Action == "privacy.publish")));
    }

    [Fact]
    public async Task Publish_WithoutAntiforgeryToken_Refused400()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = NewText, ["confirm"] = "true" });

        var response = await admin.PostAsync(new Uri(Page, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await kit.WithDbAsync((db, _) => db.PrivacyNotices.CountAsync()));
    }
}
