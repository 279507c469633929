using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Tests.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Settings;

/// <summary>Registration records consent to the notice version the resident was shown, not a newer one published meanwhile.</summary>
public sealed class RegistrationNoticeTests
{
    private static Dictionary<string, string> Form(string attempt, int shownVersion) => new()
    {
        ["a"] = attempt,
        ["Form.FullName"] = "Budi Santoso",
        ["Form.Phone"] = "0812-3456-7000",
        ["Form.Neighbourhood"] = "RT 03/RW 01",
        ["Form.Password"] = "rahasia-desa",
        ["Form.ConfirmPassword"] = "rahasia-desa",
        ["Form.Consent"] = "true",
        ["noticeVersion"] = shownVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Register_NoticeChangedWhileFormOpen_AskedAgainThenConsentsToShownVersion()
    {
        await using var kit = await ResidentKit.StartAsync();
        string attempt = await kit.JoinAsync("AA:BB:CC:00:00:51");
        var form = await kit.Client.GetStringAsync(new Uri("/daftar?a=" + attempt, UriKind.Relative));
        await kit.DbAsync(db =>
        {
            db.PrivacyNotices.Add(new PrivacyNotice { Version = 2, Text = PrivacyNoticeTests.NewText, PublishedAt = kit.Clock.GetUtcNow() });
            return Task.CompletedTask;
        });

        var stale = await (await kit.PostAsync("/daftar?a=" + attempt, "/daftar", Form(attempt, 1))).Content.ReadAsStringAsync();
        bool registeredOnStale = await kit.DbAsync((db, _) => db.Members.AnyAsync());
        await kit.PostAsync("/daftar?a=" + attempt, "/daftar", Form(attempt, 2));

        Assert.Contains("name=\"noticeVersion\" value=\"1\"", form, StringComparison.Ordinal);
        Assert.Contains("Pemberitahuan privasi baru saja diperbarui", stale, StringComparison.Ordinal);
        Assert.Contains("90 hari saja", stale, StringComparison.Ordinal);
        Assert.False(registeredOnStale);
        Assert.Equal(2, await kit.DbAsync((db, _) => db.Members.Select(m => m.ConsentVersion).SingleAsync()));
    }
}
