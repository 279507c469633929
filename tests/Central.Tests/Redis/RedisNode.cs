using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KimHotspot.Central.Redis;
using KimHotspot.Central.Tests.CentralFixture;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace KimHotspot.Central.Tests.Redis;

/// <summary>One Central node of a test cluster: its own host on the shared data folder and the shared Redis, real clock.</summary>
internal sealed class RedisNode : IAsyncDisposable
{
    private readonly HttpClient _client;

    private RedisNode(string name, CentralApp app) => (Name, App, _client) = (name, app, app.Client());

    public string Name { get; }

    public CentralApp App { get; }

    public IServiceProvider Services => App.Services;

    internal IngestConsumer Consumer => Services.GetRequiredService<IngestConsumer>();

    public IConnectionMultiplexer Redis => Services.GetRequiredService<IConnectionMultiplexer>();

    public static RedisNode Start(string name, RedisServer redis, string dataDirectory, bool consume = true, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Central:NodeName"] = name,
            ["Central:Redis:Consume"] = consume ? "true" : "false",
            ["Central:Redis:PollInterval"] = "00:00:00.050",
            ["Central:Redis:MaxBackoff"] = "00:00:00.500",
            ["Central:Ingest:SiteBurst"] = "10000",
            ["Central:Ingest:SiteBatchesPerMinute"] = "10000",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = CentralApp.Create(settings, dataDirectory);
        _ = app.Services; // started: schema created, consumer running
        return new RedisNode(name, app);
    }

    /// <summary>Posts <paramref name="batch"/> signed now with <paramref name="key"/>, as an agent does.</summary>
    public async Task<HttpResponseMessage> PostAsync(string key, ReportBatch batch)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(batch, ContractsJson.Default.ReportBatch);
        var headers = SiteSignature.Sign("POST", "/api/v1/reports", body, batch.SiteId, Encoding.UTF8.GetBytes(key), DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers.ToPairs())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await _client.SendAsync(request);
    }

    public static async Task<BatchAck> AckAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var ack = JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(), ContractsJson.Default.BatchAck);
        return Assert.IsType<BatchAck>(ack);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await App.DisposeAsync();
    }

    public override string ToString() => Name;
}
