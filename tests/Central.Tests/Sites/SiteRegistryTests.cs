using System.Net;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Tests.Sites;

public sealed class SiteRegistryTests
{
    [Theory]
    [InlineData("Form.Id", "71-74-01-2001", "Kode situs harus kode desa Kemendagri")]
    [InlineData("Form.Id", "71.74.01.20011", "Kode situs harus kode desa Kemendagri")]
    [InlineData("Form.Id", "", "Kode situs wajib diisi.")]
    [InlineData("Form.Name", "", "Nama desa wajib diisi")]
    [InlineData("Form.Latitude", "91", "Lintang harus angka antara -90 dan 90")]
    [InlineData("Form.Longitude", "-180.5", "Bujur harus angka antara -180 dan 180")]
    [InlineData("Form.PortalUrl", "ftp://10.8.0.12", "Alamat Portal harus alamat http:// atau https://")]
    [InlineData("Form.IntervalSeconds", "5", "Interval laporan harus bilangan bulat antara 10 dan 3600 detik.")]
    public async Task Create_BadField_ShowsIndonesianMessageAndSavesNothing(string field, string value, string message)
    {
        await using var app = CentralApp.Create();
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");
        var fields = ValidSite();
        fields[field] = value;

        var response = await OperatorKit.PostFormAsync(admin, "/admin/situs/baru", "/admin/situs/baru", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sites.CountAsync()));
    }

    [Fact]
    public async Task Create_Valid_SavesAndGoesToKeys()
    {
        await using var app = CentralApp.Create();
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");
        var fields = ValidSite();
        fields["Form.Latitude"] = "0,7243"; // a comma as decimal mark is fine

        var response = await OperatorKit.PostFormAsync(admin, "/admin/situs/baru", "/admin/situs/baru", fields);
        var again = await OperatorKit.PostFormAsync(admin, "/admin/situs/baru", "/admin/situs/baru", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/situs/71.74.01.2001/kunci", response.Headers.Location!.OriginalString);
        var site = await app.WithDbAsync(db => db.Sites.SingleAsync());
        Assert.Equal(("Motoboi Kecil", "Kotamobagu Timur", 0.7243, 124.3156), (site.Name, site.Kecamatan, site.Latitude, site.Longitude));
        Assert.Equal("http://10.8.0.12", site.PortalUrl);
        Assert.Equal(TimeSpan.FromSeconds(60), site.ReportInterval);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("sudah terdaftar", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await app.WithDbAsync(db => db.OperatorAudits.Where(a => a.Action == "site.create").ToListAsync()));
    }

    [Fact]
    public async Task Viewer_ListsSites_ButCannotEdit()
    {
        await using var app = CentralApp.Create();
        await SiteKit.AddSiteAsync(app, "71.74.01.2001", "Motoboi Kecil");
        using var viewer = await OperatorKit.SignedInClientAsync(app, "Viewer");

        var list = await viewer.GetAsync(new Uri("/admin/situs", UriKind.Relative));
        var edit = await viewer.GetAsync(new Uri("/admin/situs/71.74.01.2001/ubah", UriKind.Relative));
        var keys = await viewer.GetAsync(new Uri("/admin/situs/71.74.01.2001/kunci", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Motoboi Kecil", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
    }

    [Fact]
    public async Task EditAndArchive_ChangeTheSite()
    {
        await using var app = CentralApp.Create();
        await SiteKit.AddSiteAsync(app, "71.74.01.2001", "Motoboi Kecil");
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");
        const string page = "/admin/situs/71.74.01.2001/ubah";
        var fields = ValidSite();
        fields.Remove("Form.Id");
        fields["Form.Name"] = "Motoboi Besar";

        var edited = await OperatorKit.PostFormAsync(admin, page, page, fields);
        var archived = await OperatorKit.PostFormAsync(admin, page, page + "?handler=Archive", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var site = await app.WithDbAsync(db => db.Sites.SingleAsync());
        Assert.Equal(("71.74.01.2001", "Motoboi Besar", true), (site.Id, site.Name, site.Archived));
        Assert.DoesNotContain(page, await admin.GetStringAsync(new Uri("/admin/situs", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Motoboi Besar", await admin.GetStringAsync(new Uri("/admin/situs?arsip=1", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ValidSite() => new()
    {
        ["Form.Id"] = "71.74.01.2001",
        ["Form.Name"] = "Motoboi Kecil",
        ["Form.Kecamatan"] = "Kotamobagu Timur",
        ["Form.Latitude"] = "0.7243",
        ["Form.Longitude"] = "124.3156",
        ["Form.PortalUrl"] = "http://10.8.0.12/",
        ["Form.IntervalSeconds"] = "60",
    };
}
