using System.Text.RegularExpressions;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Members;
using KimHotspot.RouterSimulator;
using KimHotspot.TestKit.Browser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>A KIM admin in a real headless Chromium: sign in, generate a voucher batch, open the A4 print sheet.</summary>
public sealed partial class VoucherPrintBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string RouterPassword = "browser-router-secret";

    [Fact]
    public async Task PrintA4_AdminGeneratesSixVouchers_SheetShowsSixQrCodes()
    {
        await using var village = await BrowserVillage.StartAsync(RouterPassword);
        var (sim, portal, portalUrl) = (village.Sim, village.Portal, village.PortalUrl);
        var (username, password) = await SeedAsync(portal.Services);
        await using var laptop = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 }, Locale = "id-ID",
        });
        var page = await laptop.NewPageAsync();

        await page.GotoAsync(new Uri(portalUrl, "admin/masuk").ToString());
        await page.Locator("input[name=username]").FillAsync(username);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Uri(portalUrl, "admin").ToString());
        await page.GotoAsync(new Uri(portalUrl, "admin/voucher/baru").ToString());
        await page.Locator("input[name=Name]").FillAsync("Voucher kerja bakti");
        await page.Locator("input[name=Count]").FillAsync("6");
        await page.Locator("select[name=Validity]").SelectOptionAsync("1j");
        await page.Locator("form.voucher-new button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(BatchPage());
        bool confirmed = await page.GetByText("6 kode voucher dibuat").IsVisibleAsync();
        await Screenshots.SaveAsync(page, "voucher-batch.png");
        await page.Locator("a[href$='/cetak']").ClickAsync();
        await page.WaitForURLAsync(PrintPage());
        await Screenshots.SaveAsync(page, "voucher-print-a4.png");
        var sizes = await page.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('.card .qr svg')].map(s => { const r = s.getBoundingClientRect(); return [r.width, r.height]; })");
        int codes = await page.Locator(".card .code").CountAsync();
        string firstCode = await page.Locator(".card .code").First.InnerTextAsync();
        await page.Locator("a[href^='?format=58']").ClickAsync();
        await page.Locator("body.thermal").WaitForAsync();
        await Screenshots.SaveAsync(page, "voucher-print-58mm.png");
        int thermalQrs = await page.Locator(".card .qr svg").CountAsync();

        Assert.True(confirmed, "the batch page confirms the 6 new codes");
        Assert.Equal(6, sizes.Length);
        Assert.All(sizes, s => Assert.True(s[0] > 50 && s[1] > 50, $"QR drawn with a real size, was {s[0]}×{s[1]}"));
        Assert.Equal(6, codes);
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", firstCode);
        Assert.Equal(6, thermalQrs);
    }

    private static async Task<(string Username, string Password)> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        db.Tiers.Add(new Tier { Name = "Voucher 1 jam", RouterProfile = "kim-voucher-1j" });
        var password = AdminSecrets.NewPassword();
        var account = new AdminAccount
        {
            Username = "admin-desa", DisplayName = "Admin Desa", Role = AdminRole.Admin, SecurityStamp = AdminSecrets.NewStamp(), CreatedAt = DateTimeOffset.UtcNow,
        };
        account.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AdminAccount>>().HashPassword(account, password);
        db.AdminAccounts.Add(account);
        await db.SaveChangesAsync();
        return (account.Username, password);
    }

    [GeneratedRegex(@"/admin/voucher/\d+$")]
    private static partial Regex BatchPage();

    [GeneratedRegex(@"/admin/voucher/\d+/cetak$")]
    private static partial Regex PrintPage();
}
