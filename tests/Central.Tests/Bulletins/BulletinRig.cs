using System.Text.Json;
using KimHotspot.Central.Bulletins;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Tests.Ingest;
using KimHotspot.Contracts;
using CityBulletinFeed = KimHotspot.Contracts.Messages.CityBulletinFeed;
using KimHotspot.Contracts.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Bulletins;

/// <summary>Sites with keys, bulletins written through <see cref="BulletinChanges"/>, and signed pulls of the feed.</summary>
internal static class BulletinRig
{
    public static async Task<string> AddSiteAsync(IngestHost host, string id, string kecamatan)
    {
        var key = SiteKeyText.New();
        await host.WithDbAsync(db =>
        {
            db.Sites.Add(new Site { Id = id, Name = "Desa " + id, Kecamatan = kecamatan, CreatedAt = host.Time.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        await host.AddKeyAsync(id, key);
        return key;
    }

    public static async Task<long> WriteAsync(IngestHost host, string title, Action<CityBulletin>? shape = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var bulletin = new CityBulletin { Title = title, Body = "Isi **" + title + "**", CreatedBy = "test", PublishAt = host.Time.GetUtcNow(), AllSites = true };
        shape?.Invoke(bulletin);
        await scope.ServiceProvider.GetRequiredService<BulletinChanges>().SaveAsync(bulletin, "test", "bulletin.create", CancellationToken.None);
        return bulletin.Id;
    }

    public static async Task ChangeAsync(IngestHost host, long id, Action<CityBulletin> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CentralDb>();
        var bulletin = (await db.CityBulletins.FindAsync(id))!;
        change(bulletin);
        await scope.ServiceProvider.GetRequiredService<BulletinChanges>().SaveAsync(bulletin, "test", "bulletin.edit", CancellationToken.None);
    }

    /// <summary>GETs the feed as <paramref name="siteId"/> signed with <paramref name="key"/>.</summary>
    public static async Task<HttpResponseMessage> PullAsync(IngestHost host, string siteId, string key, long since, string? ifNoneMatch = null, DateTimeOffset? signAt = null)
    {
        var path = CityBulletinFeed.Path + "?since=" + since;
        var headers = SiteSignature.Sign("GET", path, [], siteId, System.Text.Encoding.UTF8.GetBytes(key), signAt ?? host.Time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers.ToPairs())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var client = host.Factory.CreateClient();
        return await client.SendAsync(request);
    }

    public static async Task<CityBulletinFeed> FeedAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var feed = JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(), ContractsJson.Default.CityBulletinFeed);
        return Assert.IsType<CityBulletinFeed>(feed);
    }
}
