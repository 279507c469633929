using KimHotspot.RouterAgent.Collect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KimHotspot.RouterAgent.Tests.Collect;

public sealed class CollectFeatureTests
{
    private static CollectOptions Bind(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        settings["Router:Host"] = "127.0.0.1";
        settings["Router:Password"] = "router-secret";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddCollect();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<CollectOptions>>().Value;
    }

    [Fact]
    public void AddCollect_EmptyPortalHealthUrl_NoPortalToWatch() =>
        Assert.Null(Bind(new() { ["Collect:PortalHealthUrl"] = "" }).PortalHealthUrl);

    [Fact]
    public void AddCollect_SectionGiven_IntervalsAndPortalBound()
    {
        var options = Bind(new()
        {
            ["Collect:RouterInterval"] = "00:05:00",
            ["Collect:PortalHealthUrl"] = "http://10.8.0.2:5080/health",
        });

        Assert.Equal(TimeSpan.FromMinutes(5), options.RouterInterval);
        Assert.Equal(new Uri("http://10.8.0.2:5080/health"), options.PortalHealthUrl);
        Assert.Equal(TimeSpan.FromMinutes(1), options.HotspotInterval);
    }

    [Fact]
    public void AddCollect_NoSection_DefaultPortalOnThisBox() =>
        Assert.Equal(new Uri("http://127.0.0.1:5080/health"), Bind([]).PortalHealthUrl);
}
