using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Alerts;

/// <summary>Sends each alert event through the Telegram Bot API: <c>POST {BaseUrl}/bot{token}/sendMessage</c>.</summary>
internal sealed class TelegramChannel(IHttpClientFactory clients, IOptions<AlertsOptions> options) : IAlertChannel
{
    public AlertChannelKind Kind => AlertChannelKind.Telegram;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Telegram.BotToken);

    public async Task SendAsync(AlertNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var telegram = options.Value.Telegram;
        // The token is part of the URL: never log the URL or put it in an error text.
        var url = new Uri($"{telegram.BaseUrl.TrimEnd('/')}/bot{telegram.BotToken}/sendMessage");
        var message = new TelegramMessage(telegram.ChatId ?? "", notice.Text);
        using var response = await clients.CreateClient(AlertsFeature.HttpClientName)
            .PostAsJsonAsync(url, message, AlertJson.Default.TelegramMessage, cancellationToken);
        TelegramAnswer? answer = null;
        try
        {
            answer = await response.Content.ReadFromJsonAsync(AlertJson.Default.TelegramAnswer, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // Not Telegram's JSON (a proxy's error page): judged by the status code alone.
        }

        if (!response.IsSuccessStatusCode || answer is { Ok: false })
        {
            var retryAfter = answer?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : response.Headers.RetryAfter?.Delta;
            throw new AlertDeliveryException($"telegram answered {(int)response.StatusCode}: {answer?.Description ?? response.ReasonPhrase}", retryAfter);
        }
    }
}
