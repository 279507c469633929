using System.Net;
using KimHotspot.Portal.Features.Members;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Members;

public class MemberLoginTests
{
    private const string Mac = "AA:BB:CC:11:22:33";

    internal static Task<HttpResponseMessage> LogInAsync(ResidentKit kit, string attempt, string login, string password, bool remember = false)
    {
        var fields = new Dictionary<string, string> { ["a"] = attempt, ["login"] = login, ["password"] = password };
        if (remember)
        {
            fields["remember"] = "true";
        }

        return kit.PostAsync("/masuk?a=" + attempt, "/masuk", fields);
    }

    [Fact]
    public async Task LogIn_ActiveMemberRightPassword_RedirectsAndRouterListsDeviceAsMember()
    {
        await using var kit = await ResidentKit.StartAsync();
        var member = await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active);
        string attempt = await kit.JoinAsync(Mac);

        var response = await LogInAsync(kit, attempt, "0812 3456 7890", "sandi-benar-1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(kit.IsActive(Mac, "m-" + member.Id));
    }

    [Fact]
    public async Task LogIn_ByUsername_Works()
    {
        await using var kit = await ResidentKit.StartAsync();
        var member = await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active);
        await kit.DbAsync(async db => (await db.Members.SingleAsync()).Username = "siti");
        string attempt = await kit.JoinAsync(Mac);

        var response = await LogInAsync(kit, attempt, "Siti", "sandi-benar-1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(kit.IsActive(Mac, "m-" + member.Id));
    }

    [Theory]
    [InlineData(MemberStatus.Pending, "menunggu persetujuan admin KIM")]
    [InlineData(MemberStatus.Blocked, "diblokir")]
    [InlineData(MemberStatus.Rejected, "ditolak")]
    [InlineData(MemberStatus.Expired, "sudah berakhir")]
    public async Task LogIn_MemberNotActive_ShowsStateMessageAndStaysOffline(MemberStatus status, string message)
    {
        await using var kit = await ResidentKit.StartAsync();
        await kit.MemberAsync("6281234567890", "sandi-benar-1", status);
        string attempt = await kit.JoinAsync(Mac);

        var response = await LogInAsync(kit, attempt, "081234567890", "sandi-benar-1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Empty(kit.Router.ActiveSessions());
    }

    [Fact]
    public async Task LogIn_ActiveButExpiresAtPassed_SaysMembershipEnded()
    {
        await using var kit = await ResidentKit.StartAsync();
        await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active);
        await kit.DbAsync(async db => (await db.Members.SingleAsync()).ExpiresAt = kit.Time.GetUtcNow().AddMinutes(-1));
        string attempt = await kit.JoinAsync(Mac);

        var html = await (await LogInAsync(kit, attempt, "081234567890", "sandi-benar-1")).Content.ReadAsStringAsync();

        Assert.Contains("Keanggotaan Anda sudah berakhir", html, StringComparison.Ordinal);
        Assert.Empty(kit.Router.ActiveSessions());
    }

    [Fact]
    public async Task LogIn_WrongPasswordAndUnknownPhone_GiveTheSameMessage()
    {
        await using var kit = await ResidentKit.StartAsync();
        await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active);
        string attempt = await kit.JoinAsync(Mac);

        var wrong = await (await LogInAsync(kit, attempt, "081234567890", "salah-sandi")).Content.ReadAsStringAsync();
        var unknown = await (await LogInAsync(kit, attempt, "089999999999", "salah-sandi")).Content.ReadAsStringAsync();

        const string message = "Nomor HP/nama pengguna atau kata sandi salah.";
        Assert.Contains(message, wrong, StringComparison.Ordinal);
        Assert.Contains(message, unknown, StringComparison.Ordinal);
        Assert.Contains($"value=\"{attempt}\"", unknown, StringComparison.Ordinal); // attempt kept for a retry
    }

    [Fact]
    public async Task LogIn_FiveWrongPasswords_LocksAccountUntilTimePasses()
    {
        await using var kit = await ResidentKit.StartAsync();
        var member = await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active);
        string attempt = await kit.JoinAsync(Mac);

        string last = string.Empty;
        for (int i = 0; i < MemberSignIn.MaxFailures; i++)
        {
            last = await (await LogInAsync(kit, attempt, "081234567890", "salah-" + i)).Content.ReadAsStringAsync();
        }

        var whileLocked = await (await LogInAsync(kit, attempt, "081234567890", "sandi-benar-1")).Content.ReadAsStringAsync();
        kit.Time.Advance(MemberSignIn.LockTime + TimeSpan.FromMinutes(1));
        var after = await LogInAsync(kit, attempt, "081234567890", "sandi-benar-1");

        Assert.Contains("dikunci sementara; coba lagi dalam 15 menit", last, StringComparison.Ordinal);
        Assert.Contains("dikunci sementara", whileLocked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.True(kit.IsActive(Mac, "m-" + member.Id));
        Assert.Equal(0, await kit.DbAsync((db, _) => db.Members.Select(m => m.FailedLogins).SingleAsync()));
    }

    [Fact]
    public async Task LogIn_ManyFailuresFromOneDevice_ThrottlesThatDeviceOnly()
    {
        await using var kit = await ResidentKit.StartAsync();
        var member = await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active);
        string attempt = await kit.JoinAsync(Mac);
        for (int i = 0; i < DeviceThrottling.MaxFailures; i++)
        {
            await LogInAsync(kit, attempt, "08777777" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), "tebak-tebak");
        }

        var throttled = await (await LogInAsync(kit, attempt, "081234567890", "sandi-benar-1")).Content.ReadAsStringAsync();
        string other = await kit.JoinAsync("AA:BB:CC:11:22:44");
        var fromOther = await LogInAsync(kit, other, "081234567890", "sandi-benar-1");

        Assert.Contains("Terlalu banyak percobaan dari perangkat ini", throttled, StringComparison.Ordinal);
        Assert.False(kit.IsActive(Mac, "m-" + member.Id));
        Assert.Equal(HttpStatusCode.Redirect, fromOther.StatusCode);
    }

    [Fact]
    public async Task LogIn_UnknownAttempt_ShowsConnectToWifiFirst()
    {
        await using var kit = await ResidentKit.StartAsync();
        string attempt = await kit.JoinAsync(Mac);
        await kit.DbAsync(async db => db.LoginAttempts.Remove(await db.LoginAttempts.SingleAsync()));

        var fields = new Dictionary<string, string> { ["a"] = attempt, ["login"] = "081234567890", ["password"] = "x" };
        var html = await (await kit.PostAsync("/daftar", "/masuk", fields)).Content.ReadAsStringAsync();

        Assert.Contains("Sambungkan ke Wi-Fi KIM dulu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogIn_DailyTimeLimit_SetsRouterLimitToBaselinePlusAllowance()
    {
        await using var kit = await ResidentKit.StartAsync();
        var tier = await kit.TierAsync("Anggota", t => t.DailyTimeLimit = TimeSpan.FromHours(2));
        var member = await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active, tier.Id);
        string attempt = await kit.JoinAsync(Mac);

        await LogInAsync(kit, attempt, "081234567890", "sandi-benar-1");

        var stored = await kit.DbAsync((db, _) => db.Members.SingleAsync());
        var session = Assert.Single(kit.Router.ActiveSessions());
        Assert.Equal("m-" + member.Id, session.User);
        Assert.Equal(DateOnly.FromDateTime(kit.Time.GetLocalNow().DateTime), stored.UsageDay);
        Assert.NotNull(session.SessionTimeLeft);
        Assert.InRange(session.SessionTimeLeft!.Value, TimeSpan.FromMinutes(119), TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task LogIn_DailyDataUsedUp_RefusedUntilNextDay()
    {
        await using var kit = await ResidentKit.StartAsync();
        var tier = await kit.TierAsync("Hemat", t => t.DailyDataLimitBytes = 1_000_000);
        var member = await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active, tier.Id);
        await LogInAsync(kit, await kit.JoinAsync(Mac), "081234567890", "sandi-benar-1");
        kit.Router.AddTraffic(Mac, 300_000, 800_000); // the router ends the session: traffic limit

        var usedUp = await (await LogInAsync(kit, await kit.JoinAsync(Mac), "081234567890", "sandi-benar-1")).Content.ReadAsStringAsync();
        kit.Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await LogInAsync(kit, await kit.JoinAsync(Mac), "081234567890", "sandi-benar-1");

        Assert.Contains("Jatah internet Anda hari ini sudah habis", usedUp, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, nextDay.StatusCode);
        var session = Assert.Single(kit.Router.ActiveSessions());
        Assert.Equal("m-" + member.Id, session.User);
        Assert.Equal(1_100_000 + 1_000_000, session.LimitBytesTotal);
    }

    [Fact]
    public async Task LogIn_English_MessagesTranslated()
    {
        await using var kit = await ResidentKit.StartAsync();
        await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Pending);
        string attempt = await kit.JoinAsync(Mac);
        await kit.Client.GetAsync(new Uri("/masuk?lang=en&a=" + attempt, UriKind.Relative));

        var html = await (await LogInAsync(kit, attempt, "081234567890", "sandi-benar-1")).Content.ReadAsStringAsync();

        Assert.Contains("Remember this device", html, StringComparison.Ordinal);
        Assert.Contains("Your registration is still waiting for a KIM admin", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "role=\"alert\">[^<]*").Value), StringComparison.Ordinal);
        Assert.Contains("Remember this device", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogIn_RouterSilentThenBack_ShowsRouterMessageKeepsAttemptThenWorks()
    {
        await using var kit = await ResidentKit.StartAsync(new Dictionary<string, string?> { ["Router:CommandTimeout"] = "00:00:02" }, fakeTime: false);
        await kit.MemberAsync("6281234567890", "sandi-benar-1", MemberStatus.Active);
        string attempt = await kit.JoinAsync(Mac);
        await kit.Services.GetRequiredService<IRouterOsApi>().Hotspot().Users.PrintAsync(); // connected before the silence
        kit.Router.Faults.Silence = true;

        var html = await (await LogInAsync(kit, attempt, "081234567890", "sandi-benar-1")).Content.ReadAsStringAsync();

        Assert.Contains("Router Wi-Fi sedang tidak bisa dihubungi", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{attempt}\"", html, StringComparison.Ordinal);
        Assert.Null(await kit.DbAsync((db, _) => db.LoginAttempts.Select(a => a.CompletedAt).SingleAsync()));

        kit.Router.Faults.Silence = false;
        var retry = await LogInAsync(kit, attempt, "081234567890", "sandi-benar-1");
        Assert.True(retry.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(await retry.Content.ReadAsStringAsync(), "role=\"alert\">[^<]*").Value);
    }
}
