using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Tests.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Settings;

public sealed partial class ConsentTests
{
    private const string Mac = "AA:BB:CC:77:88:99";
    private const string Password = "sandi-benar-1";

    /// <summary>A member who accepted version 1, and version 2 published since.</summary>
    private static async Task<(ResidentKit Kit, Member Member)> StartAsync()
    {
        var kit = await ResidentKit.StartAsync();
        var member = await kit.MemberAsync("6281234500001", Password, MemberStatus.Active);
        await kit.DbAsync(async db =>
        {
            (await db.Members.SingleAsync(m => m.Id == member.Id)).ConsentVersion = 1;
            db.PrivacyNotices.Add(new PrivacyNotice { Version = 2, Text = PrivacyNoticeTests.NewText, PublishedAt = kit.Clock.GetUtcNow() });
        });
        return (kit, member);
    }

    private static Task<HttpResponseMessage> AnswerAsync(ResidentKit kit, string attempt, string ticket, string decision) =>
        kit.PostAsync("/masuk?a=" + attempt, "/masuk?handler=Consent",
            new Dictionary<string, string> { ["a"] = attempt, ["ticket"] = ticket, ["decision"] = decision });

    private static string Ticket(string html)
    {
        var match = TicketPattern().Match(html);
        Assert.True(match.Success, "no consent ticket on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static Task<int> ConsentVersionAsync(ResidentKit kit, int id) =>
        kit.DbAsync((db, _) => db.Members.Where(m => m.Id == id).Select(m => m.ConsentVersion).SingleAsync());

    [Fact]
    public async Task Password_OlderConsent_ShowsNewNoticeThenAcceptGoesOnline()
    {
        var (kit, member) = await StartAsync();
        await using (kit)
        {
            string attempt = await kit.JoinAsync(Mac);

            var login = await MemberLoginTests.LogInAsync(kit, attempt, "081234500001", Password);
            var html = await login.Content.ReadAsStringAsync();
            bool onlineBeforeAccept = kit.IsActive(Mac, "m-" + member.Id);
            var accept = await AnswerAsync(kit, attempt, Ticket(html), "accept");

            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            Assert.Contains("Pemberitahuan privasi diperbarui", html, StringComparison.Ordinal);
            Assert.Contains("90 hari saja", html, StringComparison.Ordinal);
            Assert.False(onlineBeforeAccept);
            Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
            Assert.True(kit.IsActive(Mac, "m-" + member.Id));
            var stored = await kit.DbAsync((db, _) => db.Members.SingleAsync(m => m.Id == member.Id));
            Assert.Equal(2, stored.ConsentVersion);
            Assert.Equal(kit.Clock.GetUtcNow(), stored.ConsentAt);
        }
    }

    [Fact]
    public async Task Decline_StaysOfflineWithMessageAndConsentUnchanged()
    {
        var (kit, member) = await StartAsync();
        await using (kit)
        {
            string attempt = await kit.JoinAsync(Mac);
            var html = await (await MemberLoginTests.LogInAsync(kit, attempt, "081234500001", Password)).Content.ReadAsStringAsync();

            var decline = await AnswerAsync(kit, attempt, Ticket(html), "decline");

            Assert.Contains("belum menyetujui pemberitahuan privasi yang baru", await decline.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(kit.IsActive(Mac, "m-" + member.Id));
            Assert.Equal(1, await ConsentVersionAsync(kit, member.Id));
        }
    }

    [Fact]
    public async Task Accept_ForgedTicketOrExpired_Refused()
    {
        var (kit, member) = await StartAsync();
        await using (kit)
        {
            string attempt = await kit.JoinAsync(Mac);
            var html = await (await MemberLoginTests.LogInAsync(kit, attempt, "081234500001", Password)).Content.ReadAsStringAsync();
            string ticket = Ticket(html);

            var forged = await AnswerAsync(kit, attempt, "bukan-tiket", "accept");
            kit.Time.Advance(MemberConsent.TicketLifetime + TimeSpan.FromMinutes(1));
            var late = await AnswerAsync(kit, attempt, ticket, "accept");

            Assert.Contains("Waktu untuk menyetujui sudah habis", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("Waktu untuk menyetujui sudah habis", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(kit.IsActive(Mac, "m-" + member.Id));
            Assert.Equal(1, await ConsentVersionAsync(kit, member.Id));
        }
    }

    [Fact]
    public async Task Password_ConsentedToLatest_GoesStraightOnline()
    {
        var (kit, member) = await StartAsync();
        await using (kit)
        {
            await kit.DbAsync(async db => (await db.Members.SingleAsync(m => m.Id == member.Id)).ConsentVersion = 2);
            string attempt = await kit.JoinAsync(Mac);

            var login = await MemberLoginTests.LogInAsync(kit, attempt, "081234500001", Password);

            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.True(kit.IsActive(Mac, "m-" + member.Id));
        }
    }

    [Fact]
    public async Task RememberedTap_OlderConsent_AsksThenAcceptGoesOnlineAsRemembered()
    {
        await using var kit = await ResidentKit.StartAsync();
        var member = await kit.MemberAsync("6281234500002", Password, MemberStatus.Active);
        string first = await kit.JoinAsync(Mac);
        Assert.Equal(HttpStatusCode.Redirect, (await MemberLoginTests.LogInAsync(kit, first, "081234500002", Password, remember: true)).StatusCode);
        await kit.DbAsync(db =>
        {
            db.PrivacyNotices.Add(new PrivacyNotice { Version = 2, Text = PrivacyNoticeTests.NewText, PublishedAt = kit.Clock.GetUtcNow() });
            return Task.CompletedTask;
        });
        string attempt = await kit.JoinAsync(Mac);

        var tap = await kit.PostAsync("/?a=" + attempt, "/masuk?handler=Remembered", new Dictionary<string, string> { ["a"] = attempt });
        var accept = await AnswerAsync(kit, attempt, Ticket(await tap.Content.ReadAsStringAsync()), "accept");

        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.True(kit.IsActive(Mac, "m-" + member.Id));
        Assert.Equal(2, await ConsentVersionAsync(kit, member.Id));
        var methods = await kit.DbAsync((db, _) => db.SessionRecords.OrderBy(s => s.Id).Select(s => s.Method).ToListAsync());
        Assert.Equal("remembered", methods[^1]);
    }

    [GeneratedRegex("name=\"ticket\" value=\"([^\"]+)\"")]
    private static partial Regex TicketPattern();
}
