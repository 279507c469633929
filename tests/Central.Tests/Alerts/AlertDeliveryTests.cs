using System.Text;
using System.Text.Json;
using KimHotspot.Central.Alerts;
using KimHotspot.Central.Tests.Sweeper;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Tests.Alerts;

/// <summary>Alert delivery to a local webhook and a fake Telegram Bot API over real HTTP, with retries, logged in SQLite.</summary>
public sealed class AlertDeliveryTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    /// <summary>Lets site A go offline so one alert with one delivery per configured channel is queued.</summary>
    private static async Task OpenOfflineAlertAsync(SweepRig rig)
    {
        await rig.AddSiteAsync("A");
        rig.Report("A");
        await rig.SweepAfterAsync(TimeSpan.Zero);
        await rig.SweepAfterAsync(TimeSpan.FromMinutes(16));
    }

    private static Task<List<AlertDelivery>> DeliveriesAsync(SweepRig rig) =>
        rig.WithDbAsync(db => db.AlertDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    [Fact]
    public async Task DeliverDueAsync_Webhook_PostsSignedJson()
    {
        await using var hook = await TestEndpoint.StartAsync((_, _) => Results.Ok());
        await using var rig = await SweepRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Alerts:Webhook:Url"] = new Uri(hook.BaseUrl, "/kim-alerts").ToString(),
            ["Alerts:Webhook:Secret"] = "s3cret-for-tests",
        });
        await OpenOfflineAlertAsync(rig);

        int delivered = await rig.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var request = await hook.Requests.Reader.ReadAsync().AsTask().WaitAsync(Generous);
        Assert.Equal(1, delivered);
        Assert.Equal("/kim-alerts", request.Path);
        Assert.Equal(WebhookChannel.Sign("s3cret-for-tests", request.Body), request.Headers[WebhookChannel.SignatureHeader]);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("A", json.RootElement.GetProperty("site_id").GetString());
        Assert.Equal("Offline", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Opened", json.RootElement.GetProperty("event").GetString());
        Assert.Contains("LURING", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        var delivery = Assert.Single(await DeliveriesAsync(rig));
        Assert.Equal((1, rig.Time.GetUtcNow()), (delivery.Attempts, delivery.DeliveredAt));
    }

    [Fact]
    public async Task DeliverDueAsync_Telegram_SendMessageWithChatIdAtConfiguredBaseUrl()
    {
        await using var telegram = await TestEndpoint.StartAsync((_, _) => Results.Json(new { ok = true, result = new { message_id = 7 } }));
        await using var rig = await SweepRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Alerts:Telegram:BaseUrl"] = telegram.BaseUrl.ToString(),
            ["Alerts:Telegram:BotToken"] = "123456:TEST-token",
            ["Alerts:Telegram:ChatId"] = "-1001234567890",
            ["Alerts:Language"] = "en",
        });
        await OpenOfflineAlertAsync(rig);

        await rig.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var request = await telegram.Requests.Reader.ReadAsync().AsTask().WaitAsync(Generous);
        Assert.Equal("/bot123456:TEST-token/sendMessage", request.Path);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("-1001234567890", json.RootElement.GetProperty("chat_id").GetString());
        Assert.StartsWith("[CRITICAL] Desa A: OFFLINE", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await DeliveriesAsync(rig)).DeliveredAt);
    }

    [Fact]
    public async Task DeliverDueAsync_EndpointFailsThenRecovers_RetriedWithBackoffAndLogged()
    {
        await using var hook = await TestEndpoint.StartAsync((n, _) => n <= 2 ? Results.StatusCode(503) : Results.NoContent());
        await using var rig = await SweepRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Alerts:Webhook:Url"] = hook.BaseUrl.ToString(),
            ["Alerts:Delivery:FirstRetry"] = "00:00:10",
        });
        await OpenOfflineAlertAsync(rig);

        Assert.Equal(0, await rig.Dispatcher.DeliverDueAsync(CancellationToken.None));
        var afterFirst = Assert.Single(await DeliveriesAsync(rig));
        Assert.Equal(0, await rig.Dispatcher.DeliverDueAsync(CancellationToken.None)); // not due yet: no request
        rig.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await rig.Dispatcher.DeliverDueAsync(CancellationToken.None));
        var afterSecond = Assert.Single(await DeliveriesAsync(rig));
        rig.Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(1, await rig.Dispatcher.DeliverDueAsync(CancellationToken.None));

        var final = Assert.Single(await DeliveriesAsync(rig));
        Assert.Equal((1, "webhook answered 503 Service Unavailable"), (afterFirst.Attempts, afterFirst.LastError));
        Assert.Equal(afterFirst.CreatedAt + TimeSpan.FromSeconds(10), afterFirst.NextAttemptAt);
        Assert.Equal((2, afterSecond.CreatedAt + TimeSpan.FromSeconds(30)), (afterSecond.Attempts, afterSecond.NextAttemptAt)); // 10 s, then 20 s
        Assert.Equal((3, (string?)null, false), (final.Attempts, final.LastError, final.GaveUp));
        Assert.NotNull(final.DeliveredAt);
        hook.Requests.Writer.Complete();
        int requests = 0;
        await foreach (var _ in hook.Requests.Reader.ReadAllAsync())
        {
            requests++;
        }

        Assert.Equal(3, requests);
    }

    [Fact]
    public async Task DeliverDueAsync_TelegramTooManyRequests_WaitsAsToldThenGivesUpAtMaxAttempts()
    {
        await using var telegram = await TestEndpoint.StartAsync((_, _) =>
            Results.Json(new { ok = false, error_code = 429, description = "Too Many Requests: retry after 60", parameters = new { retry_after = 60 } }, statusCode: 429));
        await using var rig = await SweepRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Alerts:Telegram:BaseUrl"] = telegram.BaseUrl.ToString(),
            ["Alerts:Telegram:BotToken"] = "123456:TEST-token",
            ["Alerts:Telegram:ChatId"] = "@kim_alerts",
            ["Alerts:Delivery:MaxAttempts"] = "2",
        });
        await OpenOfflineAlertAsync(rig);

        await rig.Dispatcher.DeliverDueAsync(CancellationToken.None);
        var first = Assert.Single(await DeliveriesAsync(rig));
        rig.Time.Advance(TimeSpan.FromSeconds(60));
        await rig.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var last = Assert.Single(await DeliveriesAsync(rig));
        Assert.Equal(rig.Time.GetUtcNow(), first.NextAttemptAt);
        Assert.Contains("Too Many Requests", first.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("TEST-token", first.LastError, StringComparison.Ordinal);
        Assert.Equal((2, true), (last.Attempts, last.GaveUp));
        Assert.Null(last.DeliveredAt);
    }

    [Fact]
    public async Task DeliverDueAsync_EndpointDown_ErrorRecordedAndRetried()
    {
        await using var rig = await SweepRig.CreateAsync(new Dictionary<string, string?> { ["Alerts:Webhook:Url"] = "http://127.0.0.1:1/nobody-listens" });
        await OpenOfflineAlertAsync(rig);

        await rig.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var delivery = Assert.Single(await DeliveriesAsync(rig));
        Assert.Equal((1, false), (delivery.Attempts, delivery.GaveUp));
        Assert.False(string.IsNullOrEmpty(delivery.LastError));
        Assert.True(delivery.NextAttemptAt > rig.Time.GetUtcNow());
    }

    [Fact]
    public async Task ExecuteAsync_HostedDispatcher_DeliversNewAlertWithoutWaitingForThePoll()
    {
        await using var hook = await TestEndpoint.StartAsync((_, _) => Results.Ok());
        await using var rig = await SweepRig.CreateAsync(new Dictionary<string, string?> { ["Alerts:Webhook:Url"] = hook.BaseUrl.ToString() });
        await rig.Dispatcher.StartAsync(CancellationToken.None);
        try
        {
            await OpenOfflineAlertAsync(rig);

            var request = await hook.Requests.Reader.ReadAsync().AsTask().WaitAsync(Generous);

            Assert.Contains("\"event\":\"Opened\"", Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal);
        }
        finally
        {
            await rig.Dispatcher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void RetryDelay_Attempts_DoublesUpToTheCap()
    {
        var retry = new DeliveryOptions { FirstRetry = TimeSpan.FromSeconds(10), MaxRetry = TimeSpan.FromMinutes(1) };

        var delays = Enumerable.Range(1, 5).Select(n => AlertDispatcher.RetryDelay(n, retry).TotalSeconds);

        Assert.Equal([10, 20, 40, 60, 60], delays);
    }
}
