using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Bulletins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Settings;

public sealed class SettingsPageTests
{
    private const string Page = "/admin/pengaturan";

    internal static Dictionary<string, string> ValidForm(int tierId, string village = "Desa Mekarjaya", string kim = "KIM Mekar Cerdas") => new()
    {
        ["Form.VillageName"] = village,
        ["Form.KimName"] = kim,
        ["Form.TrialMinutesPerDay"] = "20",
        ["Form.TrialTierId"] = tierId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.AutoApprove"] = "true",
        ["Form.AutoApproveTierId"] = tierId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.SessionHistoryDays"] = "30",
        ["Form.InactiveMemberDays"] = "400",
    };

    internal static Task<int> FirstTierAsync(AdminKit kit) => kit.WithDbAsync((db, _) => db.Tiers.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());

    [Theory]
    [InlineData("/admin/pengaturan")]
    [InlineData("/admin/pengaturan/privasi")]
    public async Task Settings_AnonymousOrEditor_RedirectedToSignInOrDenied(string url)
    {
        await using var kit = await AdminKit.StartAsync();
        using var anonymous = kit.AnonymousClient();
        using var editor = await kit.SignedInClientAsync(AdminRole.Editor);

        var a = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
        var e = await editor.GetAsync(new Uri(url, UriKind.Relative));

        Assert.StartsWith("/admin/masuk", a.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/ditolak", e.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ValidForm_StoredAuditedAndSplashShowsNewNameAtOnce()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        int tier = await FirstTierAsync(kit);
        var content = kit.App.Services.GetRequiredService<PublicContent>();
        Assert.Equal("Desa Sukamaju", (await content.VillageAsync(CancellationToken.None)).VillageName); // cached now

        var response = await AdminKit.PostFormAsync(admin, Page, Page, ValidForm(tier));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Desa Mekarjaya", (await content.VillageAsync(CancellationToken.None)).VillageName);
        var splash = await kit.AnonymousClient().GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Desa Mekarjaya", splash, StringComparison.Ordinal);
        Assert.Contains("KIM Mekar Cerdas", splash, StringComparison.Ordinal);
        var v = await kit.WithDbAsync((db, _) => db.Village.SingleAsync());
        Assert.Equal((20, true, 30, 400), (v.TrialMinutesPerDay, v.AutoApprove, v.SessionHistoryDays, v.InactiveMemberDays));
        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "settings.update"));
        Assert.Contains("Desa Sukamaju", entry.Before, StringComparison.Ordinal);
        Assert.Contains("Desa Mekarjaya", entry.After, StringComparison.Ordinal);
        var page = await admin.GetStringAsync(new Uri(Page, UriKind.Relative));
        Assert.Contains("Pengaturan disimpan.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_OutOfRangeValues_IndonesianMessagesAndNothingSaved()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var form = ValidForm(await FirstTierAsync(kit));
        form["Form.TrialMinutesPerDay"] = "300";
        form["Form.SessionHistoryDays"] = "3";
        form["Form.InactiveMemberDays"] = "";
        form["Form.VillageName"] = " ";

        var response = await AdminKit.PostFormAsync(admin, Page, Page, form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Menit uji coba per hari harus 0 sampai 240", html, StringComparison.Ordinal);
        Assert.Contains("Riwayat sesi disimpan 7 sampai 3650 hari.", html, StringComparison.Ordinal);
        Assert.Contains("Data anggota tidak aktif disimpan 30 sampai 3650 hari.", html, StringComparison.Ordinal);
        Assert.Contains("Isi nama desa", html, StringComparison.Ordinal);
        var v = await kit.WithDbAsync((db, _) => db.Village.SingleAsync());
        Assert.Equal("Desa Sukamaju", v.VillageName);
        Assert.False(await kit.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.Action == "settings.update")));
    }

    [Fact]
    public async Task Save_WithoutAntiforgeryToken_Refused400()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        using var form = new FormUrlEncodedContent(ValidForm(await FirstTierAsync(kit)));

        var response = await admin.PostAsync(new Uri(Page, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Desa Sukamaju", (await kit.WithDbAsync((db, _) => db.Village.SingleAsync())).VillageName);
    }
}
