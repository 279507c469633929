using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Members;

public class MemberActionTests
{
    [Fact]
    public async Task Approve_Pending_ActiveWithTierApprovedAtAndAudit()
    {
        await using var kit = await AdminKit.StartAsync();
        var tier = await MemberSeed.TierAsync(kit, "Terbatas", "kim-terbatas");
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Pending);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await MemberSeed.ActAsync(client, member.Id, "Approve", new Dictionary<string, string> { ["tierId"] = tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await MemberSeed.ReloadAsync(kit, member.Id);
        Assert.Equal(MemberStatus.Active, after!.Status);
        Assert.Equal(tier.Id, after.TierId);
        Assert.NotNull(after.ApprovedAt);
        var entry = Assert.Single(await MemberSeed.AuditAsync(kit, "member.approve"));
        Assert.Equal("member:" + member.Id, entry.Target);
        Assert.Contains("\"Status\":0", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("\"Status\":1", entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ThenPage_ShowsDoneNotice()
    {
        await using var kit = await AdminKit.StartAsync();
        var tier = await MemberSeed.DefaultTierAsync(kit);
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Pending);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await MemberSeed.ActAsync(client, member.Id, "Approve", new Dictionary<string, string> { ["tierId"] = tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var html = await client.GetStringAsync(response.Headers.Location);

        Assert.Contains("disetujui", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_WithConfirm_RejectedAndAudited()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Pending);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var refused = await MemberSeed.ActAsync(client, member.Id, "Reject");
        var stillPending = (await MemberSeed.ReloadAsync(kit, member.Id))!.Status;
        var response = await MemberSeed.ActAsync(client, member.Id, "Reject", new Dictionary<string, string> { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(MemberStatus.Pending, stillPending);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MemberStatus.Rejected, (await MemberSeed.ReloadAsync(kit, member.Id))!.Status);
        Assert.Single(await MemberSeed.AuditAsync(kit, "member.reject"));
    }

    [Fact]
    public async Task ChangeTier_Active_TierChangedAndAudited()
    {
        await using var kit = await AdminKit.StartAsync();
        var first = await MemberSeed.DefaultTierAsync(kit);
        var other = await MemberSeed.TierAsync(kit, "Terbatas", "kim-terbatas");
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active, first.Id);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        await MemberSeed.ActAsync(client, member.Id, "Tier", new Dictionary<string, string> { ["tierId"] = other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(other.Id, (await MemberSeed.ReloadAsync(kit, member.Id))!.TierId);
        var entry = Assert.Single(await MemberSeed.AuditAsync(kit, "member.tier"));
        Assert.Contains(first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Before!, StringComparison.Ordinal);
        Assert.Contains(other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeTier_UnknownTier_400AndUnchanged()
    {
        await using var kit = await AdminKit.StartAsync();
        var first = await MemberSeed.DefaultTierAsync(kit);
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active, first.Id);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await MemberSeed.ActAsync(client, member.Id, "Tier", new Dictionary<string, string> { ["tierId"] = "9999" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(first.Id, (await MemberSeed.ReloadAsync(kit, member.Id))!.TierId);
    }

    [Fact]
    public async Task ResetPassword_LockedMember_ShowsNewPasswordThatVerifiesAndUnlocks()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active);
        await kit.WithDbAsync(async (db, _) =>
        {
            var m = await db.Members.SingleAsync();
            m.FailedLogins = 5;
            m.LockedUntil = DateTimeOffset.UtcNow.AddMinutes(10);
            return await db.SaveChangesAsync();
        });
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await MemberSeed.ActAsync(client, member.Id, "Password");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var password = System.Text.RegularExpressions.Regex.Match(html, "<code>([a-z0-9-]+)</code>").Groups[1].Value;
        Assert.Matches("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$", password);
        var after = (await MemberSeed.ReloadAsync(kit, member.Id))!;
        Assert.Equal(0, after.FailedLogins);
        Assert.Null(after.LockedUntil);
        var hasher = kit.App.Services.GetRequiredService<IPasswordHasher<Member>>();
        Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(after, after.PasswordHash, password));
        var entry = Assert.Single(await MemberSeed.AuditAsync(kit, "member.password-reset"));
        Assert.DoesNotContain(after.PasswordHash, entry.After!, StringComparison.Ordinal);
        Assert.DoesNotContain(password, entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeDevice_OneThenAll_RevokedAndAudited()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active);
        var ids = await kit.WithDbAsync(async (db, _) =>
        {
            var devices = Enumerable.Range(1, 3).Select(i => new RememberedDevice
            {
                MemberId = member.Id, MacAddress = $"AA:BB:CC:DD:EE:0{i}", TokenHash = "t" + i, CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
            }).ToList();
            db.RememberedDevices.AddRange(devices);
            await db.SaveChangesAsync();
            return devices.Select(d => d.Id).ToList();
        });
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        await MemberSeed.ActAsync(client, member.Id, "RevokeDevice", new Dictionary<string, string> { ["deviceId"] = ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var afterOne = await kit.WithDbAsync((db, _) => db.RememberedDevices.CountAsync(d => d.RevokedAt != null));
        await MemberSeed.ActAsync(client, member.Id, "RevokeAll", new Dictionary<string, string> { ["confirm"] = "true" });
        var afterAll = await kit.WithDbAsync((db, _) => db.RememberedDevices.CountAsync(d => d.RevokedAt != null));

        Assert.Equal(1, afterOne);
        Assert.Equal(3, afterAll);
        Assert.Equal(2, (await MemberSeed.AuditAsync(kit, "member.devices-revoke")).Count);
    }

    [Theory]
    [InlineData("Approve")]
    [InlineData("Block")]
    [InlineData("Password")]
    [InlineData("Export")]
    public async Task Post_WithoutAntiforgeryToken_400(string handler)
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Pending);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "true", ["tierId"] = "1" });

        var response = await client.PostAsync(new Uri($"/admin/anggota/{member.Id}?handler={handler}", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(MemberStatus.Pending, (await MemberSeed.ReloadAsync(kit, member.Id))!.Status);
    }

    [Fact]
    public async Task Post_Editor_Denied()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active);
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "true" });

        var response = await client.PostAsync(new Uri($"/admin/anggota/{member.Id}?handler=Block", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/ditolak", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(MemberStatus.Active, (await MemberSeed.ReloadAsync(kit, member.Id))!.Status);
    }
}
