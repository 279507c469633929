using System.Net.Http.Json;
using KimHotspot.RouterSimulator.HotspotHttp;

namespace KimHotspot.RouterSimulator.Tests.Control;

/// <summary>
/// A <see cref="SimulatorHost"/> on ephemeral loopback ports with an HTTP client for the control API
/// and one for the hotspot front (redirects not followed, no cookies).
/// </summary>
internal sealed class TestSimulator : IAsyncDisposable
{
    public const string ApiPassword = "test-api-password";

    private TestSimulator(SimulatorHost host)
    {
        Host = host;
        Control = new HttpClient { BaseAddress = host.ControlUrl, Timeout = TimeSpan.FromSeconds(30) };
        Front = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = host.HotspotUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public SimulatorHost Host { get; }

    public SimulatedRouter Router => Host.Router;

    public HttpClient Control { get; }

    public HttpClient Front { get; }

    public static async Task<TestSimulator> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions
        {
            ApiPort = 0,
            ControlPort = -1,
            HttpPort = -1,
            Password = ApiPassword,
            TrafficInterval = TimeSpan.FromHours(1),
        };
        configure?.Invoke(options);
        return new TestSimulator(await SimulatorHost.StartAsync(options));
    }

    public async Task JoinAsync(string mac, string ip)
    {
        using var response = await Control.PostAsJsonAsync("/devices", new { mac, ip });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Sends a request to the hotspot front as the device with <paramref name="clientIp"/>.</summary>
    public Task<HttpResponseMessage> FrontAsync(string clientIp, HttpMethod method, string pathAndQuery,
        IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        request.Headers.Add(ClientAddress.OverrideHeader, clientIp);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        return Front.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string clientIp, string pathAndQuery) =>
        FrontAsync(clientIp, HttpMethod.Get, pathAndQuery);

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        Front.Dispose();
        await Host.DisposeAsync();
    }
}
