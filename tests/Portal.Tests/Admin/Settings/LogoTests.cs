using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Settings;

public sealed class LogoTests
{
    private const string Page = "/admin/pengaturan";

    /// <summary>A valid 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static Task<HttpResponseMessage> UploadAsync(HttpClient admin, byte[] file, string name, string type) =>
        AdminKit.PostMultipartAsync(admin, Page, Page + "?handler=Logo", new Dictionary<string, string>(), "logo", name, file, type);

    private static Task<string?> LogoAsync(AdminKit kit) => kit.WithDbAsync((db, _) => db.Village.Select(v => v.LogoFile).SingleAsync());

    [Fact]
    public async Task Logo_UploadThenReplace_StoresNewFileDeletesOldAndAudits()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        string images = Path.Combine(kit.App.DataDirectory, "images");

        var first = await UploadAsync(admin, Png, "logo.png", "image/png");
        string? firstName = await LogoAsync(kit);
        var second = await UploadAsync(admin, Png, "logo2.png", "image/png");
        string? secondName = await LogoAsync(kit);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.NotNull(firstName);
        Assert.NotNull(secondName);
        Assert.NotEqual(firstName, secondName);
        Assert.False(File.Exists(Path.Combine(images, firstName)));
        Assert.True(File.Exists(Path.Combine(images, secondName)));
        Assert.Equal(2, await kit.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.Action == "settings.logo")));
        Assert.Contains("/gambar/" + secondName, await admin.GetStringAsync(new Uri(Page, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logo_NotAnImage_RefusedWithMessageAndNothingStored()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await UploadAsync(admin, "<script>alert(1)</script>"u8.ToArray(), "logo.png", "image/png");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("bukan gambar", html, StringComparison.Ordinal);
        Assert.Null(await LogoAsync(kit));
        Assert.False(await kit.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.Action.StartsWith("settings.logo"))));
    }

    [Fact]
    public async Task Logo_RemoveConfirmed_ClearsDeletesFileAndAudits()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        await UploadAsync(admin, Png, "logo.png", "image/png");
        string name = (await LogoAsync(kit))!;

        var unconfirmed = await AdminKit.PostFormAsync(admin, Page, Page + "?handler=RemoveLogo", new Dictionary<string, string>());
        var removed = await AdminKit.PostFormAsync(admin, Page, Page + "?handler=RemoveLogo", new Dictionary<string, string> { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await LogoAsync(kit));
        Assert.False(File.Exists(Path.Combine(kit.App.DataDirectory, "images", name)));
        Assert.True(await kit.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.Action == "settings.logo.remove")));
    }
}
