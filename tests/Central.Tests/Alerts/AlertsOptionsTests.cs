using KimHotspot.Central.Alerts;
using KimHotspot.Central.Sweeper;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Tests.Alerts;

public sealed class AlertsOptionsTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new AlertsOptionsValidator().Validate(null, new AlertsOptions()).Succeeded);
    }

    [Fact]
    public void Validate_BotTokenWithoutChatOrBadUrls_FailsWithEveryReason()
    {
        var options = new AlertsOptions { ClearHold = TimeSpan.Zero };
        options.Telegram.BotToken = "123:abc";
        options.Telegram.BaseUrl = "api.telegram.org";
        options.Webhook.Url = "ftp://example.org/hook";

        var result = new AlertsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("ChatId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("BaseUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Webhook:Url", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ClearHold", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("123:abc", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TelegramTokenWithoutChatId_CentralRefusesToStart()
    {
        await using var app = CentralApp.Create(new Dictionary<string, string?> { ["Alerts:Telegram:BotToken"] = "123:abc" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("ChatId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Central_RegistersBoardSweeperAndAlertChannels()
    {
        await using var app = CentralApp.Create(new Dictionary<string, string?> { ["Alerts:Webhook:Url"] = "http://127.0.0.1:9/hook" });

        var board = app.Services.GetRequiredService<ISiteStatusBoard>();
        var channels = app.Services.GetServices<IAlertChannel>().Where(c => c.IsConfigured).Select(c => c.Kind);

        Assert.Empty(board.GetAll());
        Assert.Equal([AlertChannelKind.Webhook], channels);
        Assert.Null(app.Services.GetRequiredService<IPortalReachability>().IsReachable("71.74.01.2001"));
    }
}
