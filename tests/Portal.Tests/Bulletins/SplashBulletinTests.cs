using System.Text;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Tests.Login;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Bulletins;

public class SplashBulletinTests
{
    [Fact]
    public async Task Splash_ScheduledBulletins_PinnedFirstNewestFirstAndHidesExpiredFutureArchivedMembers()
    {
        await using var app = await PortalApp.StartAsync();
        var now = DateTimeOffset.UtcNow;
        await AddAsync(app,
            new Bulletin { Title = "Lama biasa", CreatedAt = now.AddDays(-3) },
            new Bulletin { Title = "Baru biasa", CreatedAt = now.AddDays(-1) },
            new Bulletin { Title = "Disematkan", Pinned = true, CreatedAt = now.AddDays(-5) },
            new Bulletin { Title = "Sudah lewat", CreatedAt = now.AddDays(-2), EndsAt = now.AddMinutes(-1) },
            new Bulletin { Title = "Belum mulai", CreatedAt = now, StartsAt = now.AddHours(1) },
            new Bulletin { Title = "Diarsipkan", CreatedAt = now, ArchivedAt = now.AddMinutes(-5) },
            new Bulletin { Title = "Khusus anggota", CreatedAt = now, Audience = BulletinAudience.Members });
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var html = await client.GetStringAsync("/?a=" + Uri.EscapeDataString(id));

        int pinned = html.IndexOf("Disematkan", StringComparison.Ordinal);
        int newer = html.IndexOf("Baru biasa", StringComparison.Ordinal);
        int older = html.IndexOf("Lama biasa", StringComparison.Ordinal);
        Assert.True(pinned >= 0 && pinned < newer && newer < older, $"order {pinned} {newer} {older}");
        Assert.DoesNotContain("Sudah lewat", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Belum mulai", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Diarsipkan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Khusus anggota", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_HtmlInBulletin_IsEncodedAndLinesKept()
    {
        await using var app = await PortalApp.StartAsync();
        await AddAsync(app, new Bulletin
        {
            Title = "<b>Judul</b>",
            Body = "Baris satu\nBaris <script>alert(1)</script>\n\nParagraf dua",
            CreatedAt = DateTimeOffset.UtcNow,
        });
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var html = await client.GetStringAsync("/?a=" + Uri.EscapeDataString(id));

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Judul</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<p>Baris satu<br>Baris &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<p>Paragraf dua</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_FirstLoadWithBulletins_HtmlAndCssUnder30KB()
    {
        await using var app = await PortalApp.StartAsync();
        await AddAsync(app, [.. Enumerable.Range(1, 5).Select(i => new Bulletin
        {
            Title = $"Pengumuman {i}",
            Body = string.Join("\n", Enumerable.Repeat("Kerja bakti hari Minggu pukul 07.00 di balai desa.", 4)),
            ImageFile = i == 1 ? "kerja-bakti.jpg" : null,
            CreatedAt = DateTimeOffset.UtcNow,
        })]);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var html = await client.GetByteArrayAsync("/?a=" + Uri.EscapeDataString(id));
        var css = await client.GetByteArrayAsync("/css/site.css");
        string text = Encoding.UTF8.GetString(html);

        Assert.Contains("loading=\"lazy\"", text, StringComparison.Ordinal);
        Assert.True(html.Length + css.Length < 30 * 1024, $"splash {html.Length} + css {css.Length} bytes");
    }

    [Fact]
    public async Task Pengumuman_Public_ListsEveryoneBulletinsWithoutAttempt()
    {
        await using var app = await PortalApp.StartAsync();
        await AddAsync(app,
            new Bulletin { Title = "Posyandu Selasa", CreatedAt = DateTimeOffset.UtcNow },
            new Bulletin { Title = "Rapat anggota", Audience = BulletinAudience.Members, CreatedAt = DateTimeOffset.UtcNow });
        using var client = app.Client();

        var html = await client.GetStringAsync("/pengumuman");

        Assert.Contains("Posyandu Selasa", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rapat anggota", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_StoredFile_ServedAndTraversalRefused()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        Directory.CreateDirectory(Path.Combine(app.DataDirectory, "images"));
        await File.WriteAllBytesAsync(Path.Combine(app.DataDirectory, "images", "foto.png"), [0x89, 0x50, 0x4E, 0x47]);

        using var ok = await client.GetAsync("/gambar/foto.png");
        using var traversal = await client.GetAsync("/gambar/..%2Fportal.db");

        Assert.Equal("image/png", ok.Content.Headers.ContentType!.MediaType);
        Assert.Equal(4, (await ok.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, traversal.StatusCode);
    }

    internal static async Task AddAsync(PortalApp app, params Bulletin[] bulletins)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        db.Bulletins.AddRange(bulletins);
        await db.SaveChangesAsync();
    }
}
