using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Tests.Admin.Bulletins;
using KimHotspot.RouterSimulator;
using KimHotspot.TestKit.Browser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>A KIM editor in a real headless Chromium posts a bulletin with a picture; a resident's phone sees it on the splash.</summary>
public sealed class AdminBulletinBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string RouterPassword = "browser-router-secret";
    private const string Mac = "02:1A:2B:3C:4D:6F";
    private const string Ip = "10.5.50.88";
    private const string Title = "Posyandu balita Selasa";

    [Fact]
    public async Task Bulletin_EditorPostsWithImage_PhoneSplashShowsTitleAndPicture()
    {
        await using var village = await BrowserVillage.StartAsync(RouterPassword);
        var (sim, portal, portalUrl) = (village.Sim, village.Portal, village.PortalUrl);
        sim.Router.JoinDevice(Mac, Ip);
        var (username, password) = await EditorAsync(portal.Services);
        await using var laptop = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 }, Locale = "id-ID",
        });
        var admin = await laptop.NewPageAsync();

        await admin.GotoAsync(new Uri(portalUrl, "admin/masuk").ToString());
        await admin.Locator("input[name=username]").FillAsync(username);
        await admin.Locator("input[name=password]").FillAsync(password);
        await admin.Locator("form button[type=submit]").ClickAsync();
        await admin.WaitForURLAsync(new Uri(portalUrl, "admin").ToString());
        await admin.GotoAsync(new Uri(portalUrl, "admin/buletin/baru").ToString());
        await admin.Locator("input[name='Input.Title']").FillAsync(Title);
        await admin.Locator("textarea[name='Input.Body']").FillAsync("Di balai desa pukul **08.00**. Bawa buku KIA.");
        await admin.Locator("input[type=file][name=Image]").SetInputFilesAsync(new FilePayload
        {
            Name = "posyandu.png", MimeType = "image/png", Buffer = TestImages.Png(1600, 900),
        });
        await Screenshots.SaveAsync(admin, "admin-bulletin-new.png");
        await admin.Locator("form.bulletin-form button[type=submit]").First.ClickAsync();
        await admin.WaitForURLAsync(url => url.Contains("/admin/buletin?tab=", StringComparison.Ordinal));
        bool saved = await admin.GetByText("Pengumuman disimpan.").IsVisibleAsync();
        await Screenshots.SaveAsync(admin, "admin-bulletin-list.png");

        await using var phone = await chromium.NewPhoneAsync();
        await SimulatedDevice.ActAsAsync(phone, sim.HotspotUrl!, Ip);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(new Uri(sim.HotspotUrl!, "/berita").ToString());
        bool onSplash = page.Url.StartsWith(portalUrl.ToString(), StringComparison.Ordinal) && page.Url.Contains("?a=", StringComparison.Ordinal);
        var picture = page.Locator("article.bulletin img").First;
        await picture.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('article.bulletin img'); return i && i.complete; }");
        int naturalWidth = await picture.EvaluateAsync<int>("i => i.naturalWidth");
        bool titleVisible = await page.GetByText(Title).IsVisibleAsync();
        var box = await picture.BoundingBoxAsync();
        await Screenshots.SaveAsync(page, "splash-bulletin-image-360x640.png");

        Assert.True(saved, "the editor sees the saved notice");
        Assert.True(onSplash, $"the router redirect should land on the Portal splash, not {page.Url}");
        Assert.True(titleVisible, "the bulletin title is visible on the splash");
        Assert.Equal(960, naturalWidth);
        Assert.NotNull(box);
        Assert.True(box.Width <= 360, $"the picture fits the phone, was {box.Width}px wide");
    }

    private static async Task<(string Username, string Password)> EditorAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var password = AdminSecrets.NewPassword();
        var account = new AdminAccount
        {
            Username = "editor-desa", DisplayName = "Editor Desa", Role = AdminRole.Editor, SecurityStamp = AdminSecrets.NewStamp(), CreatedAt = DateTimeOffset.UtcNow,
        };
        account.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AdminAccount>>().HashPassword(account, password);
        db.AdminAccounts.Add(account);
        await db.SaveChangesAsync();
        return (account.Username, password);
    }
}
