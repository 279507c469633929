using Microsoft.Extensions.Configuration;
using KimHotspot.RouterAgent.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KimHotspot.RouterAgent.Tests.Outbox;

public sealed class OutboxFeatureTests
{
    private static IHost Build(string directory, string maxBytes, string maxAge)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbox:Directory"] = directory,
            ["Outbox:MaxBytes"] = maxBytes,
            ["Outbox:MaxAge"] = maxAge,
        });
        builder.Services.AddLogging();
        builder.AddOutbox();
        return builder.Build();
    }

    [Fact]
    public async Task AddOutbox_ValidSection_BindsOptionsAndOpensOneOutbox()
    {
        using var fx = new OutboxFixture();
        using var host = Build(fx.Options.Directory, "100000", "2.00:00:00");
        await host.StartAsync();
        var options = host.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        Assert.Equal(100_000, options.MaxBytes);
        Assert.Equal(TimeSpan.FromDays(2), options.MaxAge);
        var outbox = host.Services.GetRequiredService<KimHotspot.RouterAgent.Outbox.ReportOutbox>();
        Assert.Same(outbox, host.Services.GetRequiredService<KimHotspot.RouterAgent.Outbox.ReportOutbox>());
        await outbox.AppendAsync("k", DateTimeOffset.UnixEpoch, [1]);
        Assert.True(File.Exists(Path.Combine(fx.Options.Directory, "outbox.db")));
        await host.StopAsync();
        await outbox.DisposeAsync();
    }

    [Theory]
    [InlineData("10", "2.00:00:00")]
    [InlineData("100000", "00:05:00")]
    public async Task AddOutbox_InvalidSection_FailsAtStart(string maxBytes, string maxAge)
    {
        using var fx = new OutboxFixture();
        using var host = Build(fx.Options.Directory, maxBytes, maxAge);
        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
