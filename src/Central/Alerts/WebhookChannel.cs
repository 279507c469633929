using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Alerts;

/// <summary>POSTs each alert event as JSON to <c>Alerts:Webhook:Url</c>, signed with HMAC-SHA256 when a secret is set.</summary>
internal sealed class WebhookChannel(IHttpClientFactory clients, IOptions<AlertsOptions> options, TimeProvider time) : IAlertChannel
{
    public const string SignatureHeader = "X-Kim-Alert-Signature";

    public AlertChannelKind Kind => AlertChannelKind.Webhook;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Webhook.Url);

    public async Task SendAsync(AlertNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var webhook = options.Value.Webhook;
        var payload = new WebhookPayload(
            notice.AlertId, notice.SiteId, notice.Kind.ToString(), notice.Severity.ToString(), notice.Event.ToString(),
            notice.OpenedAt, notice.ClosedAt, notice.FlapCount, notice.Text, time.GetUtcNow());
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(payload, AlertJson.Default.WebhookPayload);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        if (!string.IsNullOrEmpty(webhook.Secret))
        {
            request.Headers.Add(SignatureHeader, Sign(webhook.Secret, body));
        }

        using var response = await clients.CreateClient(AlertsFeature.HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = response.Headers.RetryAfter?.Delta;
            throw new AlertDeliveryException($"webhook answered {(int)response.StatusCode} {response.ReasonPhrase}", retryAfter);
        }
    }

    /// <summary><c>sha256=</c> and the lowercase hex HMAC-SHA256 of the body under the shared secret.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
