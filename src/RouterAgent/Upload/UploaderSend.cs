using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using KimHotspot.RouterAgent.Outbox;

namespace KimHotspot.RouterAgent.Upload;

public sealed partial class Uploader
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromDays(1);

    private async Task<UploadAttempt> SendAsync(byte[] body, List<Report> reports, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var headers = SiteSignature.Sign("POST", _endpoint.PathAndQuery, body, _siteId, _key, CorrectedNow());
        foreach (var (name, value) in headers.ToPairs())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var sentAt = _time.GetUtcNow();
        try
        {
            using var response = await _http.SendAsync(request, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                var wait = RetryAfter(response) ?? NextBackoff();
                Log.UploadThrottled(_logger, status, wait);
                return new UploadAttempt(UploadOutcome.Throttled, reports.Count, 0, wait, status);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                CorrectClockFromDate(response);
                return Fail($"HTTP {status}", reports.Count, status);
            }

            var json = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            var ack = JsonSerializer.Deserialize(json, ContractsJson.Default.BatchAck);
            return ack is null
                ? Fail("empty acknowledgement", reports.Count, status)
                : await AcknowledgeAsync(ack, reports, sentAt, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // shutting down: the rows stay un-acked and go again next start
        }
        catch (OperationCanceledException)
        {
            return Fail("timeout", reports.Count);
        }
        catch (HttpRequestException e)
        {
            return Fail(e.HttpRequestError.ToString(), reports.Count);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return Fail("unreadable acknowledgement", reports.Count);
        }
    }

    private async Task<UploadAttempt> AcknowledgeAsync(BatchAck ack, List<Report> reports, DateTimeOffset sentAt, CancellationToken ct)
    {
        var sent = reports.Select(r => new OutboxKey(r.BootId, r.Seq)).ToHashSet();
        var keys = ack.Accepted.Select(k => new OutboxKey(k.BootId, k.Seq)).Where(sent.Contains).ToList();
        var receivedAt = _time.GetUtcNow();
        ClockOffset = ack.ServerTime - (sentAt + ((receivedAt - sentAt) / 2));
        if (ConsecutiveFailures > 0)
        {
            Log.UploadRecovered(_logger, ConsecutiveFailures);
        }

        ConsecutiveFailures = 0;
        if (keys.Count == 0)
        {
            return Fail("nothing acknowledged", reports.Count, 200);
        }

        var deleted = await _outbox.AcknowledgeAsync(keys, ct).ConfigureAwait(false);
        LastAcknowledgedAt = receivedAt;
        Log.UploadAcknowledged(_logger, reports.Count, deleted, (long)ClockOffset.Value.TotalMilliseconds);
        return new UploadAttempt(UploadOutcome.Acknowledged, reports.Count, deleted, null, 200);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta
            ?? (header?.Date is { } date ? date - (response.Headers.Date ?? CorrectedNow()) : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, MaxRetryAfter.Ticks)) : null;
    }

    private void CorrectClockFromDate(HttpResponseMessage response)
    {
        // Central sends its Date with a Stale refusal; an agent never acknowledged can correct itself from it.
        if (response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.Date is { } date)
        {
            ClockOffset = date - _time.GetUtcNow();
            Log.UploadClockCorrected(_logger, (int)response.StatusCode, (long)ClockOffset.Value.TotalMilliseconds);
        }
    }
}
