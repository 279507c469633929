using System.Text.Json.Serialization;

namespace KimHotspot.Central.Alerts;

/// <summary>The generic webhook's body (snake_case JSON).</summary>
internal sealed record WebhookPayload(
    long AlertId,
    string SiteId,
    string Kind,
    string Severity,
    string Event,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    int FlapCount,
    string Text,
    DateTimeOffset SentAt);

/// <summary>Telegram's <c>sendMessage</c> request.</summary>
internal sealed record TelegramMessage(string ChatId, string Text);

/// <summary>The part of a Telegram answer we read.</summary>
internal sealed record TelegramAnswer(bool Ok, string? Description, TelegramParameters? Parameters);

internal sealed record TelegramParameters(int? RetryAfter);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookPayload))]
[JsonSerializable(typeof(TelegramMessage))]
[JsonSerializable(typeof(TelegramAnswer))]
internal sealed partial class AlertJson : JsonSerializerContext;
