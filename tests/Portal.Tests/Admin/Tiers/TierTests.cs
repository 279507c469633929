using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Vouchers;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Tiers;

public class TierTests
{
    private const string NewUrl = "/admin/paket/ubah";

    private static Dictionary<string, string> Fields(string name = "Pelajar", string profile = "kim-pelajar", string rate = "512k/1M") => new()
    {
        ["Form.Name"] = name, ["Form.RouterProfile"] = profile, ["Form.RateLimit"] = rate, ["Form.SessionTimeout"] = "2h",
        ["Form.DailyTimeLimit"] = "3h", ["Form.DailyData"] = "1.5", ["Form.DailyDataUnit"] = "GB", ["Form.DevicesPerMember"] = "2",
    };

    private static Task<HotspotUserProfile?> RouterProfileAsync(AdminKit kit, string name) =>
        kit.App.Services.GetRequiredService<IRouterOsApi>().Hotspot().UserProfiles.FindByNameAsync(name);

    private static Task<Tier> TierAsync(AdminKit kit, string profile) =>
        kit.WithDbAsync((db, _) => db.Tiers.AsNoTracking().SingleAsync(t => t.RouterProfile == profile));

    private static Task<int> AuditCountAsync(AdminKit kit, string action) =>
        kit.WithDbAsync((db, _) => db.AuditEntries.CountAsync(a => a.Action == action));

    [Theory]
    [InlineData("/admin/paket")]
    [InlineData("/admin/paket/ubah")]
    public async Task Get_AnonymousAndEditor_LoginAndDenied(string url)
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
    public async Task Create_ValidTier_SavedProfileOnRouterAndAudited()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await AdminKit.PostFormAsync(client, NewUrl, NewUrl, Fields());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tier = await TierAsync(kit, "kim-pelajar");
        Assert.Equal("Pelajar", tier.Name);
        Assert.Equal(TimeSpan.FromHours(2), tier.SessionTimeout);
        Assert.Equal(TimeSpan.FromHours(3), tier.DailyTimeLimit);
        Assert.Equal(1536L * 1024 * 1024, tier.DailyDataLimitBytes);
        var profile = await RouterProfileAsync(kit, "kim-pelajar");
        Assert.NotNull(profile);
        Assert.Equal(RateLimit.Parse("512k/1M"), profile.RateLimit);
        Assert.Equal(TimeSpan.FromHours(2), profile.SessionTimeout);
        Assert.Equal(2, profile.SharedUsers);
        Assert.Equal(1, await AuditCountAsync(kit, "tier.create"));
        Assert.Contains("profil router sudah disesuaikan", await client.GetStringAsync(response.Headers.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ChangedAfterProfileCached_RouterProfileChanges()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        await AdminKit.PostFormAsync(client, NewUrl, NewUrl, Fields());
        var tier = await TierAsync(kit, "kim-pelajar");
        string url = $"/admin/paket/ubah/{tier.Id}";

        var response = await AdminKit.PostFormAsync(client, url, url, Fields(rate: "2M/4M"));
        var fields = Fields(rate: "2M/4M");
        fields["Form.SessionTimeout"] = "";
        fields["Form.DevicesPerMember"] = "3";
        var second = await AdminKit.PostFormAsync(client, url, url, fields);
        Assert.True(second.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(await second.Content.ReadAsStringAsync(), "<main.*", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        var done = await client.GetStringAsync(second.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("profil router sudah disesuaikan", done, StringComparison.Ordinal);
        var profile = await RouterProfileAsync(kit, "kim-pelajar");
        Assert.Equal(RateLimit.Parse("2M/4M"), profile!.RateLimit);
        Assert.Equal(3, profile.SharedUsers);
        Assert.Equal(TimeSpan.Zero, profile.SessionTimeout ?? TimeSpan.Zero);
        Assert.Equal(2, await AuditCountAsync(kit, "tier.update"));
    }

    [Theory]
    [InlineData("Form.RouterProfile", "Kim Pelajar!", "Nama profil router")]
    [InlineData("Form.RateLimit", "cepat sekali", "Batas kecepatan dalam bentuk RouterOS")]
    [InlineData("Form.SessionTimeout", "dua jam", "Lama waktu dalam bentuk RouterOS")]
    [InlineData("Form.DailyData", "-3", "Kuota data harian")]
    [InlineData("Form.DevicesPerMember", "0", "Jumlah perangkat")]
    public async Task Create_InvalidField_400WithMessageAndNothingSaved(string field, string value, string message)
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var fields = Fields();
        fields[field] = value;

        var response = await AdminKit.PostFormAsync(client, NewUrl, NewUrl, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await kit.WithDbAsync((db, _) => db.Tiers.CountAsync(t => t.Name == "Pelajar")));
    }

    [Fact]
    public async Task Create_DuplicateProfile_400()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await AdminKit.PostFormAsync(client, NewUrl, NewUrl, Fields(profile: "kim-anggota"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sudah dipakai paket lain", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_InUseByMemberOrSettings_RefusedUnusedDeleted()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        await AdminKit.PostFormAsync(client, NewUrl, NewUrl, Fields());
        var tier = await TierAsync(kit, "kim-pelajar");
        var seeded = await TierAsync(kit, "kim-anggota"); // used by the village settings (trial, auto-approval)
        await kit.WithDbAsync(async (db, _) =>
        {
            db.Members.Add(new Member { FullName = "A", Phone = "6281234567890", RouterUser = "m-x", TierId = tier.Id, Status = MemberStatus.Active });
            return await db.SaveChangesAsync();
        });
        string url = $"/admin/paket/ubah/{tier.Id}";
        var confirm = new Dictionary<string, string> { ["confirm"] = "true" };

        var inUse = await AdminKit.PostFormAsync(client, url, url + "?handler=Delete", confirm);
        var inSettings = await AdminKit.PostFormAsync(client, $"/admin/paket/ubah/{seeded.Id}", $"/admin/paket/ubah/{seeded.Id}?handler=Delete", confirm);
        await kit.WithDbAsync(async (db, _) =>
        {
            db.Members.RemoveRange(db.Members);
            return await db.SaveChangesAsync();
        });
        var deleted = await AdminKit.PostFormAsync(client, url, url + "?handler=Delete", confirm);

        Assert.Equal(HttpStatusCode.BadRequest, inUse.StatusCode);
        Assert.Contains("masih dipakai anggota", await inUse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, inSettings.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await kit.WithDbAsync((db, _) => db.Tiers.CountAsync(t => t.Id == tier.Id)));
        Assert.Equal(1, await AuditCountAsync(kit, "tier.delete"));
    }

    [Fact]
    public async Task Delete_UsedByVoucherBatch_Refused()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        await AdminKit.PostFormAsync(client, NewUrl, NewUrl, Fields());
        var tier = await TierAsync(kit, "kim-pelajar");
        await kit.WithDbAsync(async (db, _) =>
        {
            db.VoucherBatches.Add(new VoucherBatch { TierId = tier.Id });
            return await db.SaveChangesAsync();
        });
        string url = $"/admin/paket/ubah/{tier.Id}";

        var response = await AdminKit.PostFormAsync(client, url, url + "?handler=Delete", new Dictionary<string, string> { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await kit.WithDbAsync((db, _) => db.Tiers.CountAsync(t => t.Id == tier.Id)));
    }

    [Fact]
    public async Task Sync_ProfileChangedOnRouterByHand_RestoredWithPerTierResult()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        await AdminKit.PostFormAsync(client, NewUrl, NewUrl, Fields());
        var api = kit.App.Services.GetRequiredService<IRouterOsApi>().Hotspot().UserProfiles;
        var profile = await api.FindByNameAsync("kim-pelajar");
        await api.SetAsync(profile!.Id, new HotspotUserProfileSettings { RateLimit = RateLimit.Parse("64k/64k"), SharedUsers = 9 });

        var response = await AdminKit.PostFormAsync(client, "/admin/paket", "/admin/paket?handler=Sync", new Dictionary<string, string>());
        var html = await response.Content.ReadAsStringAsync();

        var restored = await api.FindByNameAsync("kim-pelajar");
        Assert.Equal(RateLimit.Parse("512k/1M"), restored!.RateLimit);
        Assert.Equal(2, restored.SharedUsers);
        Assert.NotNull(await api.FindByNameAsync("kim-anggota"));
        Assert.Contains("kim-pelajar", html, StringComparison.Ordinal);
        Assert.Contains("cocok dengan router", html, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(kit, "tier.sync"));
    }

    [Fact]
    public async Task Create_RouterNotAnswering_SavedWithSyncLaterMessage()
    {
        await using var kit = await AdminKit.StartAsync(new Dictionary<string, string?> { ["Router:CommandTimeout"] = "00:00:01" });
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var page = await client.GetStringAsync(new Uri(NewUrl, UriKind.Relative));
        kit.App.Router.Faults.Silence = true;
        var fields = Fields();
        fields["__RequestVerificationToken"] = AdminKit.Token(page, NewUrl);
        using var form = new FormUrlEncodedContent(fields);

        var response = await client.PostAsync(new Uri(NewUrl, UriKind.Relative), form);
        var html = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Pelajar", (await TierAsync(kit, "kim-pelajar")).Name);
        Assert.Contains("Router sedang tidak bisa dihubungi", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_400()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        using var form = new FormUrlEncodedContent(Fields());

        var response = await client.PostAsync(new Uri(NewUrl, UriKind.Relative), form);
        var sync = await client.PostAsync(new Uri("/admin/paket?handler=Sync", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, sync.StatusCode);
        Assert.Equal(0, await kit.WithDbAsync((db, _) => db.Tiers.CountAsync(t => t.Name == "Pelajar")));
    }
}
