using System.Net;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Tests.Bulletins;

public class BulletinPageTests
{
    [Fact]
    public async Task NewEditWithdraw_Operator_RevisionsAndChangeNumbersRise()
    {
        await using var app = CentralApp.Create();
        await Sites.SiteKit.AddSiteAsync(app, "71.74.01.2001", "Mogolaing");
        using var client = await OperatorKit.SignedInClientAsync(app, "Operator");

        using var created = await OperatorKit.PostFormAsync(client, "/pengumuman/baru", "/pengumuman/baru", new Dictionary<string, string>
        {
            ["Form.Title"] = "Vaksinasi gratis", ["Form.Body"] = "Di **puskesmas**, Sabtu.", ["Form.PublishAt"] = "2026-11-28T08:00",
            ["Form.Target"] = "some", ["Form.SiteIds"] = "71.74.01.2001",
        });
        var bulletin = await app.WithDbAsync(db => db.CityBulletins.AsNoTracking().SingleAsync());
        using var edited = await OperatorKit.PostFormAsync(client, $"/pengumuman/{bulletin.Id}/ubah", $"/pengumuman/{bulletin.Id}/ubah", new Dictionary<string, string>
        {
            ["Form.Title"] = "Vaksinasi gratis (diubah)", ["Form.Body"] = "Di puskesmas.", ["Form.PublishAt"] = "2026-11-28T08:00",
            ["Form.ExpiresAt"] = "2026-12-01T00:00", ["Form.Target"] = "all",
        });
        using var withdrawn = await OperatorKit.PostFormAsync(client, $"/pengumuman/{bulletin.Id}/ubah", $"/pengumuman/{bulletin.Id}/ubah?handler=Withdraw", new Dictionary<string, string>());
        var after = await app.WithDbAsync(db => db.CityBulletins.AsNoTracking().SingleAsync());
        var list = await client.GetStringAsync(new Uri("/pengumuman", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal((1, 1L, false), (bulletin.Revision, bulletin.ChangeSeq, bulletin.AllSites));
        Assert.Equal(["71.74.01.2001"], bulletin.SiteIds);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero), bulletin.PublishAt); // 08:00 WITA
        Assert.Equal((3, 3L, true, "Vaksinasi gratis (diubah)"), (after.Revision, after.ChangeSeq, after.AllSites, after.Title));
        Assert.NotNull(after.WithdrawnAt);
        Assert.Contains("Vaksinasi gratis (diubah)", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_BadForm_400WithProblems()
    {
        await using var app = CentralApp.Create();
        using var client = await OperatorKit.SignedInClientAsync(app, "Operator");

        using var response = await OperatorKit.PostFormAsync(client, "/pengumuman/baru", "/pengumuman/baru", new Dictionary<string, string>
        {
            ["Form.Title"] = "", ["Form.Body"] = "x", ["Form.PublishAt"] = "2026-11-28T08:00", ["Form.ExpiresAt"] = "2026-11-27T08:00", ["Form.Target"] = "some",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Periksa kembali isian yang ditandai.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.CityBulletins.CountAsync()));
    }

    [Fact]
    public async Task Pages_Viewer_ReadsListButCannotWrite()
    {
        await using var app = CentralApp.Create();
        using var client = await OperatorKit.SignedInClientAsync(app, "Viewer");

        using var list = await client.GetAsync(new Uri("/pengumuman", UriKind.Relative));
        using var create = await client.GetAsync(new Uri("/pengumuman/baru", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.DoesNotContain("/pengumuman/baru", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }
}
