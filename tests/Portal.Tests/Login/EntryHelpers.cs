using System.Net;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Login;

/// <summary>Small helpers for the entry/login tests: capture an attempt like the router does, run DeviceLogin.</summary>
internal static class EntryHelpers
{
    public const string Mac = "AA:BB:CC:00:11:22";
    public const string Ip = "10.5.50.23";

    /// <summary>The router variables as the simulator's login page sends them (octal CHAP text).</summary>
    public static Dictionary<string, string> RouterQuery(string mac = "aa:bb:cc:00:11:22", string ip = Ip, string linkOrig = "http://example.org/") => new()
    {
        ["mac"] = mac,
        ["ip"] = ip,
        ["username"] = string.Empty,
        ["link-login"] = "http://10.5.50.1/login?dst=" + Uri.EscapeDataString(linkOrig),
        ["link-login-only"] = "http://10.5.50.1/login",
        ["link-orig"] = linkOrig,
        ["error"] = string.Empty,
        ["chap-id"] = "\\371",
        ["chap-challenge"] = "\\357\\015\\330\\013\\021\\234\\145\\245\\303\\253\\142\\246\\133\\175\\375\\316",
        ["server-name"] = "hotspot1",
        ["identity"] = "KIM-Desa-Sukamaju",
        ["trial"] = "yes",
    };

    public static string Query(IEnumerable<KeyValuePair<string, string>> values) =>
        "?" + string.Join('&', values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));

    /// <summary>GET /hs with the router variables; returns the attempt id from the redirect.</summary>
    public static async Task<string> CaptureAsync(HttpClient client, Dictionary<string, string>? query = null)
    {
        using var response = await client.GetAsync("/hs" + Query(query ?? RouterQuery()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/?a=", location, StringComparison.Ordinal);
        return Uri.UnescapeDataString(location["/?a=".Length..]);
    }

    /// <summary>Runs DeviceLogin.CompleteAsync for a stored attempt as if a way in had accepted the resident.</summary>
    public static async Task<LoginOutcome> CompleteAsync(
        WebApplicationFactory<PortalDb> app, string attemptId, Func<Tier, RouterAccount>? account = null, string? remoteIp = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var attempt = await db.LoginAttempts.SingleAsync(a => a.Id == attemptId);
        var tier = await db.Tiers.OrderBy(t => t.Id).FirstAsync();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("portal.test");
        http.Connection.RemoteIpAddress = IPAddress.Parse(remoteIp ?? Ip);
        var login = scope.ServiceProvider.GetRequiredService<DeviceLogin>();
        return await login.CompleteAsync(attempt, (account ?? DefaultAccount)(tier), "member", http, CancellationToken.None);
    }

    public static RouterAccount DefaultAccount(Tier tier) => new("m-1", "router-secret-1", tier);

    public static async Task<LoginAttempt> AttemptAsync(WebApplicationFactory<PortalDb> app, string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        return await db.LoginAttempts.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    /// <summary>A copy of the app whose requests carry the client address named by the X-Test-Client-Ip header.</summary>
    public static WebApplicationFactory<PortalDb> WithClientIps(this PortalApp app) =>
        app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientIpFilter>()));

    public static HttpClient NoRedirectClient(this WebApplicationFactory<PortalDb> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private sealed class ClientIpFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-Client-Ip", out var ip))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
