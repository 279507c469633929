using KimHotspot.Portal.Features.Bulletins;
using Microsoft.AspNetCore.Html;

namespace KimHotspot.Portal.Tests.Admin.Bulletins;

public class BulletinTextTests
{
    [Fact]
    public void Render_Markdown_EmphasisListsAndLinks()
    {
        var html = BulletinText.Render("**Kerja bakti** hari *Minggu*\n\n- sapu\n- cangkul\n\n[Peta](https://desa.example/peta) atau https://desa.example");

        Assert.Contains("<strong>Kerja bakti</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>Minggu</em>", html, StringComparison.Ordinal);
        Assert.Contains("<li>sapu</li>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://desa.example/peta\" rel=\"nofollow noopener\">Peta</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://desa.example\" rel=\"nofollow noopener\">https://desa.example</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">klik</a>")]
    [InlineData("<iframe src=\"https://jahat.example\"></iframe>")]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("[klik](JaVaScRiPt:alert(1))")]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![foto](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("[klik](vbscript:msgbox(1))")]
    public void Render_Injection_RenderedHarmless(string body)
    {
        var html = BulletinText.Render("Awal " + body + " akhir");

        // Raw HTML may stay visible as text (&lt;…&gt;); what matters is that no element, attribute or link runs anything.
        Assert.DoesNotMatch("<(script|iframe|img|svg|object|embed|style)", html);
        Assert.DoesNotMatch(@"<[a-z]+\s[^>]*\bon[a-z]+\s*=", html);
        Assert.DoesNotMatch(@"<a\s[^>]*href=""\s*(javascript|data|vbscript):", html);
        Assert.DoesNotMatch(@"(?i)<[a-z]+\s[^>]*(src|href)=""\s*(javascript|data|vbscript):", html);
        Assert.All(
            System.Text.RegularExpressions.Regex.Matches(html, "</?([a-zA-Z0-9]+)").Select(m => m.Groups[1].Value),
            tag => Assert.Contains(tag, (string[])["p", "br", "em", "strong", "del", "ul", "ol", "li", "a", "blockquote", "code", "pre", "hr"]));
        Assert.Contains("Awal", html, StringComparison.Ordinal);
        Assert.Contains("akhir", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RawHtml_ShownAsText()
    {
        var html = BulletinText.Render("Baris <b>tebal</b> <script>alert(1)</script>");

        Assert.Contains("&lt;b&gt;tebal&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[telepon](tel:+6281234567)", "tel:+6281234567")]
    [InlineData("[surel](mailto:kim@desa.example)", "mailto:kim@desa.example")]
    [InlineData("[web](http://desa.example)", "http://desa.example")]
    public void Render_AllowedSchemes_Kept(string body, string href)
    {
        Assert.Contains($"href=\"{href}\"", BulletinText.Render(body), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LineBreaks_KeptAsBreaks()
    {
        Assert.Equal("<p>Baris satu<br>Baris dua</p>", BulletinText.Render("Baris satu\nBaris dua"));
    }

    [Fact]
    public void ToHtml_SameBodyInstance_RenderedOnceAndReused()
    {
        var body = new string("Sama *persis*".AsSpan());

        var first = BulletinText.ToHtml(body);
        var second = BulletinText.ToHtml(body);

        Assert.Same(first, second);
        Assert.Equal("<p>Sama <em>persis</em></p>", ((HtmlString)first).Value);
    }

    [Theory]
    [InlineData("0a1b2c-960x540.jpg", 960, 540)]
    [InlineData("logo-120x80.png", 120, 80)]
    public void ImageSize_NameWithSize_Read(string name, int width, int height)
    {
        Assert.Equal((width, height), BulletinText.ImageSize(name));
    }

    [Theory]
    [InlineData("kerja-bakti.jpg")]
    [InlineData("foto.png")]
    [InlineData(null)]
    [InlineData("a-0x5.jpg")]
    public void ImageSize_NameWithoutSize_Null(string? name)
    {
        Assert.Null(BulletinText.ImageSize(name));
    }
}
