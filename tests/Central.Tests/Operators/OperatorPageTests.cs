using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Tests.Operators;

public sealed partial class OperatorPageTests
{
    private const string Page = "/admin/operator";

    [Fact]
    public async Task Create_ShowsPasswordOnce_AndItSignsIn()
    {
        await using var app = CentralApp.Create();
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");

        var created = await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Create",
            new Dictionary<string, string> { ["username"] = "Staf.Noc", ["role"] = "Operator" });
        var password = PasswordPattern().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.NotEmpty(password);
        Assert.DoesNotContain(password, await admin.GetStringAsync(new Uri(Page, UriKind.Relative)), StringComparison.Ordinal);
        using var staff = OperatorKit.AnonymousClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await OperatorKit.SignInAsync(staff, "staf.noc", password)).StatusCode);
        var audit = await app.WithDbAsync(db => db.OperatorAudits.SingleAsync(a => a.Action == "operator.create" && a.Target == "operator:staf.noc"));
        Assert.StartsWith("admin-", audit.Actor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableSelf_IsRefused_DisableOther_EndsTheirSession()
    {
        await using var app = CentralApp.Create();
        var (adminName, adminPassword) = await OperatorKit.CreateOperatorAsync(app, "Admin");
        using var admin = OperatorKit.AnonymousClient(app);
        await OperatorKit.SignInAsync(admin, adminName, adminPassword);
        var (viewerName, viewerPassword) = await OperatorKit.CreateOperatorAsync(app, "Viewer");
        using var viewer = OperatorKit.AnonymousClient(app);
        await OperatorKit.SignInAsync(viewer, viewerName, viewerPassword);
        var ids = await app.WithDbAsync(db => db.Operators.ToDictionaryAsync(o => o.UserName, o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var self = await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Disable", new Dictionary<string, string> { ["id"] = ids[adminName] });
        var other = await OperatorKit.PostFormAsync(admin, Page, Page + "?handler=Disable", new Dictionary<string, string> { ["id"] = ids[viewerName] });

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("akun Anda sendiri", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync(new Uri("/akun", UriKind.Relative))).StatusCode);
    }

    [GeneratedRegex("<pre class=\"secret\">([^<]+)</pre>")]
    private static partial Regex PasswordPattern();
}
