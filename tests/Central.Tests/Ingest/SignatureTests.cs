using System.Net;
using KimHotspot.Central.Sites;
using KimHotspot.Contracts.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KimHotspot.Central.Tests.Ingest.Samples;

namespace KimHotspot.Central.Tests.Ingest;

public sealed class SignatureTests
{
    private const string Site = "71.74.01.2001";

    private static ReportBatch Batch(long seq = 1) => new(1, Site, [Report(Site, seq, Noon.AddMinutes(29), Portal())]);

    [Fact]
    public async Task Post_SignedBatch_StoresAndAcknowledgesWithServerTime()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);

        using var response = await host.PostAsync(Site, key, Batch());

        var ack = await IngestHost.AckAsync(response);
        Assert.Equal([new ReportKey(Boot, 1)], ack.Accepted);
        Assert.Equal(host.Time.GetUtcNow(), ack.ServerTime);
        Assert.Equal(1, await host.WithDbAsync(db => db.ReceivedReports.CountAsync(r => r.SiteId == Site)));
    }

    [Fact]
    public async Task Post_SignedWithAnotherKey_Unauthorized()
    {
        await using var host = IngestHost.Start();
        _ = await host.AddSiteAsync(Site);

        using var response = await host.PostAsync(Site, SiteKeyText.New(), Batch());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await host.WithDbAsync(db => db.ReceivedReports.CountAsync()));
    }

    [Fact]
    public async Task Post_SameSignedRequestTwice_SecondIsConflict()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        var body = IngestHost.Json(Batch());
        var headers = host.Sign(Site, key, body);

        using var first = await host.SendAsync(body, headers);
        using var replay = await host.SendAsync(body, headers);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
    }

    [Fact]
    public async Task Post_TimestampTenMinutesOff_UnauthorizedWithCentralsDate()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);

        using var response = await host.PostAsync(Site, key, Batch(), signAt: host.Time.GetUtcNow().AddMinutes(-10));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(host.Time.GetUtcNow(), response.Headers.Date);
    }

    [Fact]
    public async Task Post_UnknownSite_Unauthorized()
    {
        await using var host = IngestHost.Start();

        using var response = await host.PostAsync("71.74.09.9999", SiteKeyText.New(), Batch() with { SiteId = "71.74.09.9999" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_RevokedKey_Unauthorized()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        await host.WithDbAsync(db => db.SiteKeys.ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, host.Time.GetUtcNow())));
        host.Services.GetRequiredService<SiteKeyring>().Forget(Site);

        using var response = await host.PostAsync(Site, key, Batch());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_DuringRotation_OldAndNewKeyBothAccepted()
    {
        await using var host = IngestHost.Start();
        var old = await host.AddSiteAsync(Site);
        await host.WithDbAsync(db => db.SiteKeys.ExecuteUpdateAsync(s => s.SetProperty(k => k.RetiresAt, host.Time.GetUtcNow().AddDays(7))));
        var fresh = SiteKeyText.New();
        await host.AddKeyAsync(Site, fresh);

        using var byOld = await host.PostAsync(Site, old, Batch(1));
        using var byNew = await host.PostAsync(Site, fresh, Batch(2));

        Assert.Equal(HttpStatusCode.OK, byOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byNew.StatusCode);
    }

    [Fact]
    public async Task Post_MissingSignatureHeaders_BadRequest()
    {
        await using var host = IngestHost.Start();
        _ = await host.AddSiteAsync(Site);

        using var response = await host.SendAsync(IngestHost.Json(Batch()), headers: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BatchOfAnotherSite_BadRequestAndNothingStored()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        var other = "71.74.01.2002";

        using var response = await host.PostAsync(Site, key, new ReportBatch(1, other, [Report(other, 1, Noon, Portal())]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await host.WithDbAsync(db => db.ReceivedReports.CountAsync()));
    }

    [Fact]
    public async Task Post_UnknownVersion_BadRequestProblem()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);

        using var response = await host.PostAsync(Site, key, Batch() with { V = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("version 2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_PayloadTooLarge()
    {
        await using var host = IngestHost.Start(new Dictionary<string, string?> { ["Central:Ingest:MaxBodyBytes"] = "2048" });
        var key = await host.AddSiteAsync(Site);
        var reports = Enumerable.Range(1, 40).Select(i => Report(Site, i, Noon, Portal())).ToList();

        using var response = await host.PostAsync(Site, key, new ReportBatch(1, Site, reports));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
