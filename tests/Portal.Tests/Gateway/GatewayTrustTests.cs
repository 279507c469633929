using System.Net;
using System.Text.Json;
using KimHotspot.Portal.Features.Gateway;
using KimHotspot.Portal.Tests.Login;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Tests.Gateway;

/// <summary>Forwarded headers from anyone but a configured proxy change nothing: no prefix, no spoofed client address.</summary>
public sealed class GatewayTrustTests
{
    private const string Victim = "10.5.50.23";

    [Theory]
    [InlineData(null, "127.0.0.1")] // nobody trusted: not even loopback, which ASP.NET Core would trust by default
    [InlineData(GatewayPrefixTests.GatewayIp, "10.5.50.99")] // a resident on the hotspot network
    public async Task Get_ForwardedHeadersFromUntrustedPeer_Ignored(string? trusted, string peer)
    {
        await using var portal = await PortalApp.StartAsync(settings: Settings(trusted));
        await using var app = portal.WithClientIps();
        using var client = app.NoRedirectClient();

        using var capture = await SendAsync(client, peer, "/hs" + EntryHelpers.Query(EntryHelpers.RouterQuery()));
        using var page = await SendAsync(client, peer, "/pengumuman");
        var html = await page.Content.ReadAsStringAsync();

        Assert.StartsWith("/?a=", capture.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(GatewayPrefixTests.Prefix, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "127.0.0.1")]
    [InlineData(GatewayPrefixTests.GatewayIp, "10.5.50.99")]
    public async Task Captive_ResidentClaimsLoggedInDevicesAddress_StillCaptive(string? trusted, string peer)
    {
        var settings = Settings(trusted);
        settings["Portal:SeesResidentsDirectly"] = "true";
        await using var portal = await PortalApp.StartAsync(settings: settings);
        await using var app = portal.WithClientIps();
        portal.Router.JoinDevice(EntryHelpers.Mac, Victim);
        portal.Router.LoginTrial(Victim, EntryHelpers.Mac);
        using var client = app.NoRedirectClient();

        using var victim = await SendAsync(client, Victim, "/api/captive");
        using var spoofer = await SendAsync(client, peer, "/api/captive");
        var victimJson = JsonDocument.Parse(await victim.Content.ReadAsStringAsync()).RootElement;
        var spooferJson = JsonDocument.Parse(await spoofer.Content.ReadAsStringAsync()).RootElement;

        Assert.False(victimJson.GetProperty("captive").GetBoolean());
        Assert.True(spooferJson.GetProperty("captive").GetBoolean());
        Assert.Equal("http://localhost/", spooferJson.GetProperty("user-portal-url").GetString());
    }

    [Fact]
    public async Task Captive_TrustedGateway_ClientAddressHostAndPrefixForwarded()
    {
        var settings = Settings(GatewayPrefixTests.GatewayIp);
        settings["Portal:SeesResidentsDirectly"] = "true";
        await using var portal = await PortalApp.StartAsync(settings: settings);
        await using var app = portal.WithClientIps();
        portal.Router.JoinDevice(EntryHelpers.Mac, Victim);
        portal.Router.LoginTrial(Victim, EntryHelpers.Mac);
        using var client = app.NoRedirectClient();

        using var forwarded = await SendAsync(client, GatewayPrefixTests.GatewayIp, "/api/captive");
        var json = JsonDocument.Parse(await forwarded.Content.ReadAsStringAsync()).RootElement;

        Assert.False(json.GetProperty("captive").GetBoolean()); // the gateway's X-Forwarded-For became the client address
        Assert.Equal("https://central.test" + GatewayPrefixTests.Prefix + "/", json.GetProperty("user-portal-url").GetString());
    }

    [Theory]
    [InlineData("10.8.0.1", true)]
    [InlineData("10.8.0.0/24", true)]
    [InlineData("fd00::/64", true)]
    [InlineData("central.example", false)]
    [InlineData("10.8.0.0/99", false)]
    public void Validate_TrustedProxyEntry_AcceptsAddressesAndNetworksOnly(string entry, bool valid)
    {
        var result = new GatewayOptionsValidator().Validate(null, new GatewayOptions { TrustedProxies = [entry] });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public async Task Start_BadTrustedProxy_Refused()
    {
        await using var portal = await PortalApp.StartAsync(settings: Settings("not-an-address"));

        var error = Assert.ThrowsAny<Exception>(() => portal.Services.GetRequiredService<IOptions<GatewayOptions>>());

        Assert.Contains("Gateway:TrustedProxies", error.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(string? trusted) =>
        trusted is null ? [] : GatewayPrefixTests.Trusting(trusted);

    /// <summary>A GET from <paramref name="peer"/> carrying the gateway's headers, claiming to be <see cref="Victim"/>.</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string peer, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Test-Client-Ip", peer);
        request.Headers.Add("X-Forwarded-For", Victim);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "central.test");
        request.Headers.Add("X-Forwarded-Prefix", GatewayPrefixTests.Prefix);
        return client.SendAsync(request);
    }
}
