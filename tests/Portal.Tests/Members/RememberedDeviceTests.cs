using System.Net;
using KimHotspot.Portal.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Members;

public class RememberedDeviceTests
{
    private const string Mac = "AA:BB:CC:44:55:66";

    private static async Task<(ResidentKit Kit, Member Member)> RememberedAsync()
    {
        var kit = await ResidentKit.StartAsync();
        var member = await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active, name: "Siti Aminah");
        string attempt = await kit.JoinAsync(Mac);
        var first = await MemberLoginTests.LogInAsync(kit, attempt, "081234567890", "sandi-benar-1", remember: true);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        string cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(RememberedDevices.CookieName, StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        return (kit, member);
    }

    private static Task<HttpResponseMessage> OneTapAsync(ResidentKit kit, string attempt) =>
        kit.PostAsync("/?a=" + attempt, "/masuk?handler=Remembered", new Dictionary<string, string> { ["a"] = attempt });

    [Fact]
    public async Task OneTap_SameMacLater_SplashOffersNameAndLogsInWithoutPassword()
    {
        var (kit, member) = await RememberedAsync();
        await using (kit)
        {
            string attempt = await kit.JoinAsync(Mac);
            var splash = await kit.Client.GetStringAsync(new Uri("/?a=" + attempt, UriKind.Relative));

            var response = await OneTapAsync(kit, attempt);

            Assert.Contains("Masuk sebagai Siti Aminah", splash, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.True(kit.IsActive(Mac, "m-" + member.Id));
            var device = await kit.DbAsync((db, _) => db.RememberedDevices.SingleAsync());
            Assert.Equal(kit.Time.GetUtcNow().AddDays(30), device.ExpiresAt);
            Assert.NotNull(device.LastUsedAt);
            Assert.Equal(64, device.TokenHash.Length);
        }
    }

    [Fact]
    public async Task OneTap_TokenFromAnotherMac_Refused()
    {
        var (kit, member) = await RememberedAsync();
        await using (kit)
        {
            const string otherMac = "AA:BB:CC:44:55:77";
            string attempt = await kit.JoinAsync(otherMac);
            var splash = await kit.Client.GetStringAsync(new Uri("/?a=" + attempt, UriKind.Relative));

            var html = await (await OneTapAsync(kit, attempt)).Content.ReadAsStringAsync();

            Assert.DoesNotContain("Masuk sebagai Siti", splash, StringComparison.Ordinal);
            Assert.Contains("Perangkat ini tidak dikenali lagi", html, StringComparison.Ordinal);
            Assert.False(kit.IsActive(otherMac, "m-" + member.Id));
        }
    }

    [Fact]
    public async Task OneTap_Revoked_Refused()
    {
        var (kit, _) = await RememberedAsync();
        await using (kit)
        {
            await kit.DbAsync(async db => (await db.RememberedDevices.SingleAsync()).RevokedAt = kit.Time.GetUtcNow());
            string attempt = await kit.JoinAsync(Mac);

            var html = await (await OneTapAsync(kit, attempt)).Content.ReadAsStringAsync();

            Assert.Contains("Perangkat ini tidak dikenali lagi", html, StringComparison.Ordinal);
            Assert.Empty(kit.Router.ActiveSessions());
        }
    }

    [Fact]
    public async Task OneTap_AfterThirtyDays_Refused()
    {
        var (kit, _) = await RememberedAsync();
        await using (kit)
        {
            kit.Time.Advance(RememberedDevices.Lifetime + TimeSpan.FromMinutes(1));
            string attempt = await kit.JoinAsync(Mac);

            var html = await (await OneTapAsync(kit, attempt)).Content.ReadAsStringAsync();

            Assert.Contains("Perangkat ini tidak dikenali lagi", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OneTap_MemberBlockedSince_ShowsBlockedMessage()
    {
        var (kit, _) = await RememberedAsync();
        await using (kit)
        {
            await kit.DbAsync(async db => (await db.Members.SingleAsync()).Status = MemberStatus.Blocked);
            string attempt = await kit.JoinAsync(Mac);

            var html = await (await OneTapAsync(kit, attempt)).Content.ReadAsStringAsync();

            Assert.Contains("diblokir", html, StringComparison.Ordinal);
        }
    }
}
