using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Alerts;

/// <summary>Checks what annotations cannot: durations, URLs, and that a bot token comes with a chat id.</summary>
internal sealed class AlertsOptionsValidator : IValidateOptions<AlertsOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        NotNegative(failures, options.OfflineHold, "OfflineHold");
        Positive(failures, options.BackOnlineHold, "BackOnlineHold");
        Positive(failures, options.ClearHold, "ClearHold");
        Positive(failures, options.FlappingClearHold, "FlappingClearHold");
        NotNegative(failures, options.CpuHold, "CpuHold");
        NotNegative(failures, options.MemoryHold, "MemoryHold");
        Positive(failures, options.BacklogAgeAbove, "BacklogAgeAbove");
        Positive(failures, options.BacklogHold, "BacklogHold");
        NotNegative(failures, options.RouterUnreachableHold, "RouterUnreachableHold");
        Positive(failures, options.Delivery.FirstRetry, "Delivery:FirstRetry");
        Positive(failures, options.Delivery.Poll, "Delivery:Poll");
        Positive(failures, options.Delivery.Timeout, "Delivery:Timeout");
        if (options.Delivery.MaxRetry < options.Delivery.FirstRetry)
        {
            failures.Add("Alerts:Delivery:MaxRetry must not be shorter than FirstRetry.");
        }

        if (!string.IsNullOrWhiteSpace(options.Webhook.Url) && !IsHttpUrl(options.Webhook.Url))
        {
            failures.Add("Alerts:Webhook:Url must be an absolute http(s) URL.");
        }

        if (!IsHttpUrl(options.Telegram.BaseUrl))
        {
            failures.Add("Alerts:Telegram:BaseUrl must be an absolute http(s) URL.");
        }

        if (!string.IsNullOrWhiteSpace(options.Telegram.BotToken) && string.IsNullOrWhiteSpace(options.Telegram.ChatId))
        {
            failures.Add("Alerts:Telegram:ChatId is required when a BotToken is set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static void Positive(List<string> failures, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Alerts:{key} must be positive.");
        }
    }

    private static void NotNegative(List<string> failures, TimeSpan value, string key)
    {
        if (value < TimeSpan.Zero)
        {
            failures.Add($"Alerts:{key} must not be negative.");
        }
    }
}
