using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Tests.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Register;

public class RegistrationTests
{
    private static Dictionary<string, string> Valid(string attempt, string phone = "0812-3456-7890") => new()
    {
        ["a"] = attempt,
        ["Form.FullName"] = "Budi Santoso",
        ["Form.Phone"] = phone,
        ["Form.Neighbourhood"] = "RT 03/RW 01",
        ["Form.Password"] = "rahasia-desa",
        ["Form.ConfirmPassword"] = "rahasia-desa",
        ["Form.Consent"] = "true",
    };

    private static async Task<(string Html, ResidentKit Kit)> RegisterAsync(Action<Dictionary<string, string>> change, ResidentKit? kit = null)
    {
        kit ??= await ResidentKit.StartAsync();
        string attempt = await kit.JoinAsync("AA:BB:CC:00:00:01");
        var form = Valid(attempt);
        change(form);
        var response = await kit.PostAsync("/daftar?a=" + attempt, "/daftar", form);
        return (await response.Content.ReadAsStringAsync(), kit);
    }

    [Fact]
    public async Task Register_ValidForm_StoresPendingMemberWithConsentVersionAndHashedPassword()
    {
        await using var kit = await ResidentKit.StartAsync();
        await kit.DbAsync(db =>
        {
            db.PrivacyNotices.Add(new PrivacyNotice { Version = 2, Text = "Lama", PublishedAt = kit.Time.GetUtcNow().AddDays(-30) });
            db.PrivacyNotices.Add(new PrivacyNotice { Version = 3, Text = "Data Anda aman bersama KIM.", PublishedAt = kit.Time.GetUtcNow() });
            return Task.CompletedTask;
        });
        var (html, _) = await RegisterAsync(_ => { }, kit);

        var member = await kit.DbAsync((db, _) => db.Members.SingleAsync());
        Assert.Contains("menunggu persetujuan admin KIM", html, StringComparison.Ordinal);
        Assert.Equal("6281234567890", member.Phone);
        Assert.Equal(MemberStatus.Pending, member.Status);
        Assert.Equal(3, member.ConsentVersion);
        Assert.Equal(kit.Time.GetUtcNow(), member.ConsentAt);
        Assert.Equal("m-" + member.Id, member.RouterUser);
        Assert.True(member.RouterSecret.Length >= 20);
        Assert.DoesNotContain("rahasia-desa", member.PasswordHash, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", member.PasswordHash, StringComparison.Ordinal); // Identity v3 format
    }

    [Fact]
    public async Task Register_PageShowsCurrentPrivacyNotice_WithItsText()
    {
        await using var kit = await ResidentKit.StartAsync();
        await kit.DbAsync(db =>
        {
            db.PrivacyNotices.Add(new PrivacyNotice { Version = 5, Text = "Nomor HP hanya untuk login.", PublishedAt = kit.Time.GetUtcNow() });
            return Task.CompletedTask;
        });
        string attempt = await kit.JoinAsync("AA:BB:CC:00:00:02");

        var html = await kit.Client.GetStringAsync(new Uri("/daftar?a=" + attempt, UriKind.Relative));

        Assert.Contains("Nomor HP hanya untuk login.", html, StringComparison.Ordinal);
        Assert.Contains("(v5)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Form.FullName", "", "Tulis nama lengkap Anda.")]
    [InlineData("Form.Phone", "12345", "Nomor HP tidak valid.")]
    [InlineData("Form.Phone", "0212345678", "Nomor HP tidak valid.")]
    [InlineData("Form.Neighbourhood", "", "Tulis RT/RW atau dusun Anda.")]
    [InlineData("Form.Password", "pendek", "Kata sandi minimal 8 karakter.")]
    [InlineData("Form.ConfirmPassword", "lain-sandi", "Ulangi kata sandi yang sama.")]
    [InlineData("Form.Consent", "false", "Anda perlu menyetujui pemberitahuan privasi untuk mendaftar.")]
    [InlineData("Form.Username", "A B", "Nama pengguna 3")]
    public async Task Register_InvalidField_ShowsItsMessageAndStoresNothing(string field, string value, string message)
    {
        var (html, kit) = await RegisterAsync(form => form[field] = value);
        await using (kit)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
            Assert.Equal(0, await kit.DbAsync((db, _) => db.Members.CountAsync()));
        }
    }

    [Fact]
    public async Task Register_DuplicatePhoneInAnotherForm_SaysAlreadyRegistered()
    {
        await using var kit = await ResidentKit.StartAsync();
        await kit.MemberAsync("6281234567890", "sandi-lama-1", MemberStatus.Active);

        var (html, _) = await RegisterAsync(form => form["Form.Phone"] = "+62 812 3456 7890", kit);

        Assert.Contains("Nomor HP ini sudah terdaftar", html, StringComparison.Ordinal);
        Assert.Equal(1, await kit.DbAsync((db, _) => db.Members.CountAsync()));
    }

    [Fact]
    public async Task Register_AutoApprove_ActiveAtOnceWithLimitedTier()
    {
        await using var kit = await ResidentKit.StartAsync();
        var limited = await kit.TierAsync("Terbatas", t => t.DailyTimeLimit = TimeSpan.FromHours(1));
        await kit.VillageAsync(v =>
        {
            v.AutoApprove = true;
            v.AutoApproveTierId = limited.Id;
        });

        var (html, _) = await RegisterAsync(_ => { }, kit);

        var member = await kit.DbAsync((db, _) => db.Members.SingleAsync());
        Assert.Contains("sudah aktif", html, StringComparison.Ordinal);
        Assert.Equal(MemberStatus.Active, member.Status);
        Assert.Equal(limited.Id, member.TierId);
        Assert.NotNull(member.ApprovedAt);
    }

    [Fact]
    public async Task Register_AutoApprovedMember_CanLogInRightAway()
    {
        await using var kit = await ResidentKit.StartAsync();
        await kit.VillageAsync(v => v.AutoApprove = true);
        var (_, _) = await RegisterAsync(_ => { }, kit);
        string attempt = await kit.JoinAsync("AA:BB:CC:00:00:03");

        var response = await kit.PostAsync("/masuk?a=" + attempt, "/masuk", new Dictionary<string, string>
        {
            ["a"] = attempt, ["login"] = "081234567890", ["password"] = "rahasia-desa",
        });

        var member = await kit.DbAsync((db, _) => db.Members.SingleAsync());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(kit.IsActive("AA:BB:CC:00:00:03", "m-" + member.Id));
    }
}
