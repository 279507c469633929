using System.Text.RegularExpressions;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.DemoData;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Vouchers;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.DemoData;

/// <summary>The <c>demo-data</c> command, run in-process on a test Portal's services (real SQLite, simulated router).</summary>
public sealed partial class DemoDataCommandTests
{
    [Fact]
    public async Task Run_EmptyDatabase_SeedsVillageBulletinsMemberAndVouchers()
    {
        await using var app = await PortalApp.StartAsync();

        var (code, output) = await RunAsync(app);

        Assert.Equal(0, code);
        var village = await WithDbAsync(app, db => db.Village.SingleAsync());
        Assert.Equal(("Desa Sukamaju", "KIM Sukamaju Cerdas"), (village.VillageName, village.KimName));
        var bulletins = await WithDbAsync(app, db => db.Bulletins.ToListAsync());
        Assert.Equal(3, bulletins.Count);
        Assert.Single(bulletins, b => b.Pinned);
        var member = await WithDbAsync(app, db => db.Members.SingleAsync());
        Assert.Equal(MemberStatus.Active, member.Status);
        Assert.NotNull(member.TierId);
        Assert.True(PasswordWorks(app, member, PrintedPassword(output)));
        var codes = PrintedCodes(output);
        Assert.Equal(10, codes.Length);
        var stored = await WithDbAsync(app, db => db.Vouchers.Where(v => v.State == VoucherState.Unused).Select(v => v.Code).ToListAsync());
        Assert.Equal(codes.Order(), stored.Order());
        var splash = await app.Client().GetStringAsync(new Uri("/pengumuman", UriKind.Relative));
        Assert.Contains("Kerja bakti", splash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Twice_KeepsTheDataAndGivesTheMemberANewPassword()
    {
        await using var app = await PortalApp.StartAsync();
        var (_, first) = await RunAsync(app);

        var (code, second) = await RunAsync(app);

        Assert.Equal(0, code);
        Assert.Equal(3, await WithDbAsync(app, db => db.Bulletins.CountAsync()));
        Assert.Equal(1, await WithDbAsync(app, db => db.VoucherBatches.CountAsync()));
        Assert.Equal(PrintedCodes(first), PrintedCodes(second));
        var member = await WithDbAsync(app, db => db.Members.SingleAsync());
        Assert.False(PasswordWorks(app, member, PrintedPassword(first)));
        Assert.True(PasswordWorks(app, member, PrintedPassword(second)));
    }

    [Fact]
    public async Task Run_RenamedVillage_KeepsTheKimAdminsNames()
    {
        await using var app = await PortalApp.StartAsync();
        await WithDbAsync(app, async db =>
        {
            var village = await db.Village.SingleAsync();
            village.VillageName = "Kelurahan Tondano";
            village.KimName = "KIM Tondano";
            return await db.SaveChangesAsync();
        });

        var (code, output) = await RunAsync(app);

        Assert.Equal(0, code);
        Assert.Contains("Kelurahan Tondano", output, StringComparison.Ordinal);
        var kept = await WithDbAsync(app, db => db.Village.SingleAsync());
        Assert.Equal("KIM Tondano", kept.KimName);
        Assert.Equal("Kelurahan Tondano", kept.VillageName);
    }

    private static async Task<(int Code, string Output)> RunAsync(PortalApp app)
    {
        using var output = new StringWriter();
        var code = await DemoDataCommand.RunAsync(app.Services, output, CancellationToken.None);
        return (code, output.ToString());
    }

    private static async Task<T> WithDbAsync<T>(PortalApp app, Func<PortalDb, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDb>());
    }

    private static bool PasswordWorks(PortalApp app, Member member, string password) =>
        app.Services.GetRequiredService<IPasswordHasher<Member>>().VerifyHashedPassword(member, member.PasswordHash, password)
            != PasswordVerificationResult.Failed;

    private static string PrintedPassword(string output)
    {
        var match = PasswordPattern().Match(output);
        Assert.True(match.Success, "no password in: " + output);
        return match.Groups[1].Value;
    }

    private static string[] PrintedCodes(string output)
    {
        var match = CodesPattern().Match(output);
        Assert.True(match.Success, "no voucher codes in: " + output);
        return match.Groups[1].Value.Trim().Split(' ');
    }

    [GeneratedRegex(@"\(shown once\): (\S+)")]
    private static partial Regex PasswordPattern();

    [GeneratedRegex(@"Voucher codes: ([^\r\n]+)")]
    private static partial Regex CodesPattern();
}
