using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Login;

public partial class RouterPostPageTests
{
    [Fact]
    public async Task VoucherInBrowserPostMode_RendersNoScriptFormThatTheRouterAccepts()
    {
        await using var app = await FrontedPortalApp.StartAsync(new Dictionary<string, string?> { ["Router:LoginMode"] = "BrowserPost" });
        app.Host.Router.JoinDevice("02:11:22:33:44:77", "10.5.50.79");
        using var front = app.FrontClient("10.5.50.79");
        using var portal = app.NoRedirectClient();
        using var bounce = await front.GetAsync("/login?dst=" + Uri.EscapeDataString("http://example.org/"));
        using var entry = await portal.GetAsync(bounce.Headers.Location!.PathAndQuery);
        var splashUrl = entry.Headers.Location!.OriginalString;
        var id = Uri.UnescapeDataString(splashUrl["/?a=".Length..]);
        var splash = await portal.GetStringAsync(splashUrl);
        Assert.DoesNotMatch(Token(), splash);
        await AddVoucherAsync(app, "KQ7P2XHM");

        using var redeem = await portal.PostAsync("/voucher", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["a"] = id,
            ["code"] = "KQ7P2XHM",
        }));
        var html = await redeem.Content.ReadAsStringAsync();
        var action = WebUtility.HtmlDecode(Action().Match(html).Groups[1].Value);
        var fields = Hidden().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

        Assert.Contains(">Lanjutkan</button>", html, StringComparison.Ordinal);
        Assert.Contains("document.getElementById('router-post').submit()", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", fields.Keys);
        Assert.Equal(new Uri(app.Host.HotspotUrl!, "/login").AbsoluteUri, action);
        Assert.Matches("^[0-9a-f]{32}$", fields["password"]);

        using var routerAnswer = await front.PostAsync(action, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, routerAnswer.StatusCode);
        Assert.True(app.Host.Router.FindActiveByIp("10.5.50.79") is not null, fields["username"] + " → " + routerAnswer.Headers.Location);
    }

    private static async Task AddVoucherAsync(FrontedPortalApp app, string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var tier = await db.Tiers.OrderBy(t => t.Id).FirstAsync();
        db.VoucherBatches.Add(new VoucherBatch
        {
            Name = "Uji", TierId = tier.Id, Validity = TimeSpan.FromDays(1), CreatedAt = DateTimeOffset.UtcNow,
            Vouchers = [new Voucher { Code = code, RouterUser = "v-901", RouterSecret = "voucher-secret" }],
        });
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<form id=\"router-post\" method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex Action();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex Hidden();
}
