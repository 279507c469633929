using KimHotspot.Central.Proxy;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Model;

namespace KimHotspot.Central.Tests.Proxy;

/// <summary>Registry sites with a Portal address, and waiting for the gateway to pick them up or change its verdict.</summary>
internal static class GatewayKit
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Fast probes (200 ms), unhealthy after two failures; routes refreshed only on notice unless overridden.</summary>
    public static Dictionary<string, string?> FastHealth() => new()
    {
        ["Gateway:HealthInterval"] = "00:00:00.200",
        ["Gateway:HealthTimeout"] = "00:00:02",
        ["Gateway:UnhealthyAfterFailures"] = "2",
        ["Gateway:ConnectTimeout"] = "00:00:02",
        ["Sweeper:Interval"] = "01:00:00",
    };

    /// <summary>Writes the site into the registry, notifies the gateway as the registry pages do, and awaits the rebuild.</summary>
    public static async Task AddPortalSiteAsync(CentralApp app, string siteId, string portalUrl)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.WithDbAsync(db =>
        {
            db.Sites.Add(new Site { Id = siteId, Name = "Desa " + siteId, Kecamatan = "Kotamobagu Barat", PortalUrl = portalUrl, CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        var config = app.Services.GetRequiredService<GatewayConfigProvider>();
        while (!config.Sites.Any(s => s.SiteId == siteId))
        {
            var applied = config.NextApplyAsync();
            app.Services.GetRequiredService<RegistryChanges>().Notify();
            await applied.WaitAsync(Patience);
        }
    }

    /// <summary>Completes when the gateway's verdict on the site is <paramref name="expected"/>.</summary>
    public static async Task WaitForVerdictAsync(CentralApp app, string siteId, DestinationHealth expected)
    {
        ArgumentNullException.ThrowIfNull(app);
        var policy = app.Services.GetRequiredService<VsatHealthPolicy>();
        var reachability = app.Services.GetRequiredService<GatewayReachability>();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(string changed)
        {
            if (reachability.Verdict(siteId) == expected)
            {
                reached.TrySetResult();
            }
        }

        policy.VerdictChanged += Check;
        try
        {
            Check(siteId);
            await reached.Task.WaitAsync(Patience);
        }
        finally
        {
            policy.VerdictChanged -= Check;
        }
    }
}
