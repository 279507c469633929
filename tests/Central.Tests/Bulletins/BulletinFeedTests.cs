using System.Net;
using KimHotspot.Central.Tests.Ingest;

namespace KimHotspot.Central.Tests.Bulletins;

public class BulletinFeedTests
{
    private const string Mogolaing = "71.74.01.2001";
    private const string Gogagoman = "71.74.01.2002";
    private const string Sia = "71.74.02.2003";

    [Fact]
    public async Task Pull_Targeting_EachSiteGetsAllPlusItsOwnSitesAndKecamatan()
    {
        await using var host = IngestHost.Start();
        var keyA = await BulletinRig.AddSiteAsync(host, Mogolaing, "Kotamobagu Barat");
        var keyB = await BulletinRig.AddSiteAsync(host, Gogagoman, "Kotamobagu Barat");
        var keyC = await BulletinRig.AddSiteAsync(host, Sia, "Kotamobagu Timur");
        await BulletinRig.WriteAsync(host, "Semua");
        await BulletinRig.WriteAsync(host, "Hanya Mogolaing", b => (b.AllSites, b.SiteIds) = (false, [Mogolaing]));
        await BulletinRig.WriteAsync(host, "Barat", b => (b.AllSites, b.Kecamatans) = (false, ["kotamobagu barat"]));
        await BulletinRig.WriteAsync(host, "Sudah berakhir", b => b.ExpiresAt = host.Time.GetUtcNow().AddMinutes(-1));

        var a = await BulletinRig.FeedAsync(await BulletinRig.PullAsync(host, Mogolaing, keyA, 0));
        var b = await BulletinRig.FeedAsync(await BulletinRig.PullAsync(host, Gogagoman, keyB, 0));
        var c = await BulletinRig.FeedAsync(await BulletinRig.PullAsync(host, Sia, keyC, 0));

        Assert.Equal(["Semua", "Hanya Mogolaing", "Barat"], a.Bulletins.Select(x => x.Title));
        Assert.Equal(["Semua", "Barat"], b.Bulletins.Select(x => x.Title));
        Assert.Equal(["Semua"], c.Bulletins.Select(x => x.Title));
        Assert.True(a.Full);
        Assert.Equal(4, a.Cursor);
        Assert.Equal("Isi **Semua**", a.Bulletins[0].Body);
    }

    [Fact]
    public async Task Pull_SameCursorWithETag_NotModifiedUntilAChange()
    {
        await using var host = IngestHost.Start();
        var key = await BulletinRig.AddSiteAsync(host, Mogolaing, "Kotamobagu Barat");
        var id = await BulletinRig.WriteAsync(host, "Kerja bakti");
        using var first = await BulletinRig.PullAsync(host, Mogolaing, key, 0);
        var feed = await BulletinRig.FeedAsync(first);
        var etag = first.Headers.ETag!.ToString();

        using var again = await BulletinRig.PullAsync(host, Mogolaing, key, feed.Cursor, etag);
        await BulletinRig.ChangeAsync(host, id, b => b.Title = "Kerja bakti (diubah)");
        using var afterEdit = await BulletinRig.PullAsync(host, Mogolaing, key, feed.Cursor, etag);

        Assert.Equal("\"b1\"", etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        var changed = await BulletinRig.FeedAsync(afterEdit);
        Assert.False(changed.Full);
        var item = Assert.Single(changed.Bulletins);
        Assert.Equal(("Kerja bakti (diubah)", 2, false), (item.Title, item.Revision, item.Withdrawn));
        Assert.Equal("\"b2\"", afterEdit.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Pull_WithdrawnOrRetargeted_TombstoneSinceCursorAndAbsentFromFullList()
    {
        await using var host = IngestHost.Start();
        var key = await BulletinRig.AddSiteAsync(host, Mogolaing, "Kotamobagu Barat");
        var withdrawn = await BulletinRig.WriteAsync(host, "Ditarik");
        var moved = await BulletinRig.WriteAsync(host, "Dipindah");
        var cursor = (await BulletinRig.FeedAsync(await BulletinRig.PullAsync(host, Mogolaing, key, 0))).Cursor;

        await BulletinRig.ChangeAsync(host, withdrawn, b => b.WithdrawnAt = host.Time.GetUtcNow());
        await BulletinRig.ChangeAsync(host, moved, b => (b.AllSites, b.SiteIds) = (false, [Sia]));
        var delta = await BulletinRig.FeedAsync(await BulletinRig.PullAsync(host, Mogolaing, key, cursor));
        var full = await BulletinRig.FeedAsync(await BulletinRig.PullAsync(host, Mogolaing, key, 0));

        Assert.Equal([(withdrawn, true), (moved, true)], delta.Bulletins.Select(b => (b.Id, b.Withdrawn)));
        Assert.All(delta.Bulletins, b => Assert.Equal("", b.Title + b.Body));
        Assert.Empty(full.Bulletins);
        Assert.Equal(delta.Cursor, full.Cursor);
    }

    [Fact]
    public async Task Pull_SignedWithAnotherSitesKey_Refused401()
    {
        await using var host = IngestHost.Start();
        await BulletinRig.AddSiteAsync(host, Mogolaing, "Kotamobagu Barat");
        var otherKey = await BulletinRig.AddSiteAsync(host, Gogagoman, "Kotamobagu Barat");
        await BulletinRig.WriteAsync(host, "Rahasia", b => (b.AllSites, b.SiteIds) = (false, [Mogolaing]));

        using var forged = await BulletinRig.PullAsync(host, Mogolaing, otherKey, 0);
        using var unknown = await BulletinRig.PullAsync(host, "99.99.99.9999", otherKey, 0);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.DoesNotContain("Rahasia", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_UnsignedOrReplayedOrStale_Refused()
    {
        await using var host = IngestHost.Start();
        var key = await BulletinRig.AddSiteAsync(host, Mogolaing, "Kotamobagu Barat");
        using var client = host.Factory.CreateClient();

        using var unsigned = await client.GetAsync(new Uri("/api/v1/bulletins?since=0", UriKind.Relative));
        var headers = Contracts.Signing.SiteSignature.Sign("GET", "/api/v1/bulletins?since=0", [], Mogolaing,
            System.Text.Encoding.UTF8.GetBytes(key), host.Time.GetUtcNow());
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/bulletins?since=0");
            foreach (var (name, value) in headers.ToPairs())
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        using var stale = await BulletinRig.PullAsync(host, Mogolaing, key, 0, signAt: host.Time.GetUtcNow().AddHours(-1));
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.NotNull(stale.Headers.Date);
    }
}
