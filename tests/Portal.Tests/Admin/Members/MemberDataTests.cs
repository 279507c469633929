using System.Net;
using System.Text.Json;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Trial;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Router;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Members;

/// <summary>UU 27/2022: deleting a member with all their data, and exporting one member's data.</summary>
public class MemberDataTests
{
    private const string Phone = "6281234567890";
    private const string Mac = "AA:BB:CC:11:22:33";
    private const string TrialMac = "AA:BB:CC:44:55:66";
    private const string TrialUser = "tr-AABBCC445566";

    /// <summary>A member who logged in, has a remembered device, trial use, a throttle row; and another member who stays.</summary>
    private static async Task<(Member Member, Member Other)> SeedAsync(AdminKit kit)
    {
        var tier = await MemberSeed.DefaultTierAsync(kit);
        var member = await MemberSeed.MemberAsync(kit, Phone, MemberStatus.Active, tier.Id);
        var other = await MemberSeed.MemberAsync(kit, "6289876543210", MemberStatus.Active, tier.Id, name: "Budi Santoso");
        var login = await MemberSeed.LogInAsync(kit, await MemberSeed.JoinAsync(kit, Mac, "10.5.50.21"), "081234567890");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        await kit.WithDbAsync(async (db, _) =>
        {
            var now = DateTimeOffset.UtcNow;
            db.RememberedDevices.Add(new RememberedDevice { MemberId = member.Id, MacAddress = Mac, TokenHash = "th", CreatedAt = now, ExpiresAt = now.AddDays(30) });
            db.TrialUsages.Add(new TrialUsage { Day = DateOnly.FromDateTime(now.UtcDateTime), MacAddress = TrialMac, Phone = Phone, Granted = TimeSpan.FromMinutes(15), StartedAt = now });
            db.DeviceThrottles.Add(new DeviceThrottle { MacAddress = Mac, WindowStart = now, Failures = 1 });
            return await db.SaveChangesAsync();
        });
        var gateway = kit.App.Services.GetRequiredService<HotspotGateway>();
        await gateway.EnsureUserAsync(new RouterAccount(TrialUser, "x", tier), CancellationToken.None);
        return (member, other);
    }

    [Theory]
    [InlineData("0812 3456 7890")]
    [InlineData("hapus")]
    public async Task Delete_Confirmed_NoRowWithPhoneOrMacLeftAndRouterUserGone(string confirm)
    {
        await using var kit = await AdminKit.StartAsync();
        var (member, other) = await SeedAsync(kit);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        string url = $"/admin/anggota/{member.Id}/hapus";

        var response = await AdminKit.PostFormAsync(client, url, url, new Dictionary<string, string> { ["confirm"] = confirm });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var left = await kit.WithDbAsync(async (db, _) => new
        {
            Members = await db.Members.CountAsync(m => m.Phone == Phone),
            Devices = await db.RememberedDevices.CountAsync(),
            Sessions = await db.SessionRecords.CountAsync(s => s.MacAddress == Mac || s.RouterUser == member.RouterUser),
            Trials = await db.TrialUsages.CountAsync(t => t.Phone == Phone || t.MacAddress == TrialMac),
            Attempts = await db.LoginAttempts.CountAsync(a => a.MacAddress == Mac),
            Throttles = await db.DeviceThrottles.CountAsync(t => t.MacAddress == Mac),
            Audit = await db.AuditEntries.ToListAsync(),
            Other = await db.Members.CountAsync(m => m.Id == other.Id),
        });
        Assert.Equal(0, left.Members + left.Devices + left.Sessions + left.Trials + left.Attempts + left.Throttles);
        Assert.Equal(1, left.Other);
        Assert.Null(await MemberSeed.RouterUserAsync(kit, member.RouterUser));
        Assert.Null(await MemberSeed.RouterUserAsync(kit, TrialUser));
        Assert.False(MemberSeed.IsOnline(kit, member.RouterUser));
        var entry = Assert.Single(left.Audit, a => a.Action == "member.delete");
        Assert.Equal("member:" + member.Id, entry.Target);
        Assert.Null(entry.After);
        foreach (var text in left.Audit.SelectMany(a => new[] { a.Before, a.After }).OfType<string>())
        {
            Assert.DoesNotContain(Phone[2..], text, StringComparison.Ordinal);
            Assert.DoesNotContain("Siti", text, StringComparison.Ordinal);
            Assert.DoesNotContain("11:22:33", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Delete_WrongConfirmation_400AndNothingDeleted()
    {
        await using var kit = await AdminKit.StartAsync();
        var (member, _) = await SeedAsync(kit);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        string url = $"/admin/anggota/{member.Id}/hapus";

        var response = await AdminKit.PostFormAsync(client, url, url, new Dictionary<string, string> { ["confirm"] = "0899 1111 2222" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await MemberSeed.ReloadAsync(kit, member.Id));
        Assert.True(MemberSeed.IsOnline(kit, member.RouterUser));
        Assert.Empty(await MemberSeed.AuditAsync(kit, "member.delete"));
    }

    [Fact]
    public async Task Delete_WithoutAntiforgeryToken_400()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await MemberSeed.MemberAsync(kit, Phone, MemberStatus.Active);
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "HAPUS" });

        var response = await client.PostAsync(new Uri($"/admin/anggota/{member.Id}/hapus", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await MemberSeed.ReloadAsync(kit, member.Id));
    }

    [Fact]
    public async Task Export_Member_JsonAttachmentWithTheirDataWithoutSecrets()
    {
        await using var kit = await AdminKit.StartAsync();
        var (member, _) = await SeedAsync(kit);
        var stored = (await MemberSeed.ReloadAsync(kit, member.Id))!;
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await MemberSeed.ActAsync(client, member.Id, "Export");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.StartsWith($"anggota-{member.Id}-", disposition.FileName!.Trim('"'), StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(Phone, doc.RootElement.GetProperty("Profile").GetProperty("Phone").GetString());
        Assert.Equal("Siti Aminah", doc.RootElement.GetProperty("Profile").GetProperty("FullName").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("Consent").GetProperty("Version").GetInt32());
        Assert.Equal(Mac, doc.RootElement.GetProperty("Devices")[0].GetProperty("MacAddress").GetString());
        Assert.Equal(Mac, doc.RootElement.GetProperty("Sessions")[0].GetProperty("MacAddress").GetString());
        Assert.Equal(TrialMac, doc.RootElement.GetProperty("TrialUsage")[0].GetProperty("MacAddress").GetString());
        Assert.DoesNotContain(stored.PasswordHash, json, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.RouterSecret, json, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", json, StringComparison.Ordinal);
        Assert.Single(await MemberSeed.AuditAsync(kit, "member.export"));
    }
}
