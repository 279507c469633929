using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KimHotspot.Central.Data;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Tests.CentralFixture;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.Central.Tests.Ingest;

/// <summary>A Central on its own SQLite folder whose clock is a <see cref="FakeTimeProvider"/>, with helpers to register sites and post signed batches.</summary>
internal sealed class IngestHost : IAsyncDisposable
{
    private readonly CentralApp _app;

    private IngestHost(CentralApp app, WebApplicationFactory<CentralDb> factory, FakeTimeProvider time) =>
        (_app, Factory, Time) = (app, factory, time);

    public WebApplicationFactory<CentralDb> Factory { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => Factory.Services;

    public static IngestHost Start(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, DateTimeOffset? now = null)
    {
        var time = new FakeTimeProvider(now ?? Samples.Noon.AddMinutes(30));
        var app = CentralApp.Create(settings);
        var factory = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(time);
            services?.Invoke(s);
        }));
        try
        {
            _ = factory.Services; // start: schema created
        }
        catch
        {
            app.Dispose(); // the temp folder goes too
            throw;
        }

        return new IngestHost(app, factory, time);
    }

    /// <summary>Registers a site with one active key; returns the key text.</summary>
    public async Task<string> AddSiteAsync(string siteId)
    {
        var key = SiteKeyText.New();
        await WithDbAsync(db =>
        {
            db.Sites.Add(new Site { Id = siteId, Name = "Desa " + siteId, CreatedAt = Time.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        await AddKeyAsync(siteId, key);
        return key;
    }

    public async Task AddKeyAsync(string siteId, string key, DateTimeOffset? retiresAt = null)
    {
        var keyring = Services.GetRequiredService<SiteKeyring>();
        await WithDbAsync(db =>
        {
            db.SiteKeys.Add(new SiteKey { SiteId = siteId, ProtectedSecret = keyring.Protect(key), CreatedAt = Time.GetUtcNow(), RetiresAt = retiresAt });
            return db.SaveChangesAsync();
        });
        keyring.Forget(siteId);
    }

    public async Task<T> WithDbAsync<T>(Func<CentralDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CentralDb>());
    }

    public static byte[] Json(ReportBatch batch) => JsonSerializer.SerializeToUtf8Bytes(batch, ContractsJson.Default.ReportBatch);

    /// <summary>Signs <paramref name="body"/> for <paramref name="siteId"/> with <paramref name="key"/> at <paramref name="signAt"/> (default: now).</summary>
    public SignedHeaders Sign(string siteId, string key, byte[] body, DateTimeOffset? signAt = null) =>
        SiteSignature.Sign("POST", "/api/v1/reports", body, siteId, Encoding.UTF8.GetBytes(key), signAt ?? Time.GetUtcNow());

    public Task<HttpResponseMessage> PostAsync(string siteId, string key, ReportBatch batch, DateTimeOffset? signAt = null)
    {
        var body = Json(batch);
        return SendAsync(body, Sign(siteId, key, body, signAt));
    }

    public async Task<HttpResponseMessage> SendAsync(byte[] body, SignedHeaders? headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers?.ToPairs() ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var client = Factory.CreateClient();
        return await client.SendAsync(request);
    }

    public static async Task<BatchAck> AckAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var ack = JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(), ContractsJson.Default.BatchAck);
        return Assert.IsType<BatchAck>(ack);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
