using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Central.Alerts;

/// <summary>Section <c>Alerts</c>: thresholds, hold times (flap tolerance) and delivery channels.</summary>
public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>Language of delivered messages: <c>id</c> (default) or <c>en</c>.</summary>
    [RegularExpression("^(id|en)$")]
    public string Language { get; set; } = "id";

    /// <summary>Extra hold after the sweeper says OFFLINE (its 15 minutes are already a hold).</summary>
    public TimeSpan OfflineHold { get; set; } = TimeSpan.Zero;

    /// <summary>A site must stay online this long before "back online".</summary>
    public TimeSpan BackOnlineHold { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Other conditions must stay cleared this long before their alert closes.</summary>
    public TimeSpan ClearHold { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many flaps, an alert is reported as flapping once (and then quiet) ...</summary>
    [Range(1, 1000)]
    public int FlappingAfter { get; set; } = 2;

    /// <summary>
    /// ... and must stay cleared this long (instead of the normal hold) before it closes. An alert that comes back
    /// within this time after closing re-opens as a flap of the same alert.
    /// </summary>
    public TimeSpan FlappingClearHold { get; set; } = TimeSpan.FromMinutes(30);

    [Range(1, 100)]
    public int CpuPercentAbove { get; set; } = 90;

    public TimeSpan CpuHold { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 99)]
    public int MemoryFreePercentBelow { get; set; } = 10;

    public TimeSpan MemoryHold { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Backlog alert when the agent's oldest unsent report is older than this ...</summary>
    public TimeSpan BacklogAgeAbove { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>... or its outbox grew by at least this many reports within <see cref="BacklogHold"/>.</summary>
    [Range(1, 1_000_000)]
    public int BacklogRise { get; set; } = 50;

    public TimeSpan BacklogHold { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan RouterUnreachableHold { get; set; } = TimeSpan.FromMinutes(5);

    public WebhookOptions Webhook { get; set; } = new();

    public TelegramOptions Telegram { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();
}

/// <summary>Section <c>Alerts:Webhook</c>: a generic JSON webhook; off while <see cref="Url"/> is empty.</summary>
public sealed class WebhookOptions
{
    public string? Url { get; set; }

    /// <summary>When set, each body is signed: <c>X-Kim-Alert-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;</c>.</summary>
    public string? Secret { get; set; }
}

/// <summary>Section <c>Alerts:Telegram</c>: the Bot API; off while <see cref="BotToken"/> is empty.</summary>
public sealed class TelegramOptions
{
    public string BaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Secret: from the environment (<c>Alerts__Telegram__BotToken</c>) or a secrets file only.</summary>
    public string? BotToken { get; set; }

    /// <summary>A chat id (<c>-100…</c>) or a channel name (<c>@…</c>).</summary>
    public string? ChatId { get; set; }
}

/// <summary>Section <c>Alerts:Delivery</c>: retries with exponential backoff.</summary>
public sealed class DeliveryOptions
{
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetry { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often due deliveries are looked for (new alerts are sent at once).</summary>
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
