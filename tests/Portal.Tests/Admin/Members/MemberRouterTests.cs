using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Members;

namespace KimHotspot.Portal.Tests.Admin.Members;

/// <summary>Blocking and expiring take effect on the (simulated) router, and unblocking lets the member back in.</summary>
public class MemberRouterTests
{
    private const string Mac = "AA:BB:CC:11:22:33";
    private const string Ip = "10.5.50.21";

    private static readonly Dictionary<string, string> Confirm = new() { ["confirm"] = "true" };

    private static async Task<Member> OnlineMemberAsync(AdminKit kit)
    {
        var tier = await MemberSeed.DefaultTierAsync(kit);
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active, tier.Id);
        var login = await MemberSeed.LogInAsync(kit, await MemberSeed.JoinAsync(kit, Mac, Ip), "081234567890");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.True(MemberSeed.IsOnline(kit, member.RouterUser));
        return member;
    }

    [Fact]
    public async Task Block_OnlineMember_LoggedOutDisabledOnRouterAndLoginRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await OnlineMemberAsync(kit);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await MemberSeed.ActAsync(client, member.Id, "Block", Confirm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(MemberSeed.IsOnline(kit, member.RouterUser));
        Assert.True((await MemberSeed.RouterUserAsync(kit, member.RouterUser))!.Disabled);
        Assert.Equal(MemberStatus.Blocked, (await MemberSeed.ReloadAsync(kit, member.Id))!.Status);
        Assert.Single(await MemberSeed.AuditAsync(kit, "member.block"));
        var again = await MemberSeed.LogInAsync(kit, await MemberSeed.JoinAsync(kit, Mac, Ip), "081234567890");
        Assert.Contains("diblokir", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(MemberSeed.IsOnline(kit, member.RouterUser));
    }

    [Fact]
    public async Task Unblock_AfterBlock_MemberLogsInAgainAndRouterUserEnabled()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await OnlineMemberAsync(kit);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        await MemberSeed.ActAsync(client, member.Id, "Block", Confirm);

        await MemberSeed.ActAsync(client, member.Id, "Unblock");
        var login = await MemberSeed.LogInAsync(kit, await MemberSeed.JoinAsync(kit, Mac, Ip), "081234567890");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.True(MemberSeed.IsOnline(kit, member.RouterUser));
        Assert.False((await MemberSeed.RouterUserAsync(kit, member.RouterUser))!.Disabled);
        Assert.Single(await MemberSeed.AuditAsync(kit, "member.unblock"));
    }

    [Fact]
    public async Task ExpireNow_OnlineMember_LoggedOutAndExpiredThenClearedActive()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await OnlineMemberAsync(kit);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        await MemberSeed.ActAsync(client, member.Id, "Expiry", new Dictionary<string, string> { ["mode"] = "now" });
        var expired = (await MemberSeed.ReloadAsync(kit, member.Id))!;
        bool onlineAfterExpiry = MemberSeed.IsOnline(kit, member.RouterUser);
        await MemberSeed.ActAsync(client, member.Id, "Expiry", new Dictionary<string, string> { ["mode"] = "clear" });
        var cleared = (await MemberSeed.ReloadAsync(kit, member.Id))!;

        Assert.Equal(MemberStatus.Expired, expired.Status);
        Assert.NotNull(expired.ExpiresAt);
        Assert.False(onlineAfterExpiry);
        Assert.Equal(MemberStatus.Active, cleared.Status);
        Assert.Null(cleared.ExpiresAt);
        Assert.Equal(2, (await MemberSeed.AuditAsync(kit, "member.expiry")).Count);
    }

    [Fact]
    public async Task SetExpiry_FutureDate_StoredAndStaysOnline()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await OnlineMemberAsync(kit);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));

        await MemberSeed.ActAsync(client, member.Id, "Expiry", new Dictionary<string, string> { ["mode"] = "set", ["expiresOn"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

        var after = (await MemberSeed.ReloadAsync(kit, member.Id))!;
        Assert.NotNull(after.ExpiresAt);
        Assert.True(after.ExpiresAt > DateTimeOffset.UtcNow.AddDays(29));
        Assert.Equal(MemberStatus.Active, after.Status);
        Assert.True(MemberSeed.IsOnline(kit, member.RouterUser));
    }

    [Fact]
    public async Task Block_RouterNotAnswering_BlockedLocallyAndPageSaysRouterFollowsLater()
    {
        await using var kit = await AdminKit.StartAsync(new Dictionary<string, string?> { ["Router:CommandTimeout"] = "00:00:01" });
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var page = await client.GetStringAsync(new Uri($"/admin/anggota/{member.Id}", UriKind.Relative));
        kit.App.Router.Faults.Silence = true;

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["confirm"] = "true", ["__RequestVerificationToken"] = AdminKit.Token(page, "member page"),
        });
        var response = await client.PostAsync(new Uri($"/admin/anggota/{member.Id}?handler=Block", UriKind.Relative), form);
        var html = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MemberStatus.Blocked, (await MemberSeed.ReloadAsync(kit, member.Id))!.Status);
        Assert.Contains("Router sedang tidak bisa dihubungi", html, StringComparison.Ordinal);
        Assert.Single(await MemberSeed.AuditAsync(kit, "member.block"));
    }
}
