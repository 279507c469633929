using System.Globalization;
using System.Text.Json;
using KimHotspot.Central.Sites;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Ingest;

/// <summary>
/// <c>POST /api/v1/reports</c>: a village agent's signed batch. Checks, in order: body size (413), signature against
/// each active key of the site (400 malformed, 401 unknown/forged/stale — stale with Central's <c>Date</c>, 409
/// replayed nonce), JSON, version and site (400), the site's rate (429), a write slot (429); then the sink stores the
/// batch and the answer acknowledges exactly the keys now durably held.
/// </summary>
public static class ReportsEndpoint
{
    public const string Path = "/api/v1/reports";

    public static async Task<IResult> HandleAsync(
        HttpContext http, SiteKeyring keyring, INonceStore nonces, SiteRateLimiter limiter, WriteGate gate,
        IReportSink sink, TimeProvider time, IOptions<IngestOptions> options, ILoggerFactory logs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(keyring);
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(logs);
        var logger = logs.CreateLogger(typeof(ReportsEndpoint).FullName!);
        var o = options.Value;
        var body = await RequestBody.ReadAsync(http, o.MaxBodyBytes, ct);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Batch too large", $"At most {o.MaxBodyBytes} bytes.");
        }

        var now = time.GetUtcNow();
        var headers = SignedHeaders.FromLookup(name => http.Request.Headers.TryGetValue(name, out var v) ? v.ToString() : null);
        var verdict = await SignatureCheck.VerifyAsync(http.Request, body.Value, headers, keyring, nonces, now, o.MaxSkew, ct);
        if (verdict != VerifyResult.Ok)
        {
            Log.BatchRefused(logger, headers?.SiteId ?? "-", verdict);
            return Refusal(http, verdict, now);
        }

        var site = headers!.SiteId;
        var batch = Parse(body.Value, out var error);
        error ??= batch is null ? "Empty batch." : Check(batch, site);
        if (error is not null)
        {
            Log.BatchInvalid(logger, site, error);
            return Problem(StatusCodes.Status400BadRequest, "Invalid batch", error);
        }

        if (limiter.TryAcquire(site) is { } wait)
        {
            Log.SiteThrottled(logger, site, wait);
            return TooMany(http, wait, "This site is sending faster than its limit.");
        }

        using var slot = await gate.TryEnterAsync(ct);
        if (slot is null)
        {
            Log.WritesBusy(logger, site);
            return TooMany(http, o.BusyRetryAfter, "Central is busy writing.");
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(headers.Timestamp, CultureInfo.InvariantCulture));
        var outcome = await StoreAsync(sink, new VerifiedBatch(site, batch!, now, signedAt), logger, o.BusyRetryAfter, ct);
        if (outcome.RetryAfter is { } busy)
        {
            return TooMany(http, busy, "Central cannot store this batch right now.");
        }

        return TypedResults.Json(new BatchAck(outcome.Accepted, time.GetUtcNow()), ContractsJson.Default.BatchAck);
    }

    private static async Task<IngestOutcome> StoreAsync(
        IReportSink sink, VerifiedBatch batch, ILogger logger, TimeSpan retryAfter, CancellationToken ct)
    {
        try
        {
            return await sink.AcceptAsync(batch, ct);
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
        {
            // Nothing acknowledged: the agent keeps the reports and tries again.
            Log.StoreFailed(logger, e, batch.SiteId);
            return IngestOutcome.Busy(retryAfter);
        }
    }

    private static ReportBatch? Parse(ReadOnlyMemory<byte> body, out string? error)
    {
        error = null;
        try
        {
            return JsonSerializer.Deserialize(body.Span, ContractsJson.Default.ReportBatch);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            error = "Unreadable batch: " + e.Message;
            return null;
        }
    }

    private static string? Check(ReportBatch batch, string signedSite) =>
        batch.V != ReportBatch.CurrentVersion ? $"Unknown batch version {batch.V}; this Central reads {ReportBatch.CurrentVersion}."
        : batch.SiteId != signedSite ? "The batch's siteId is not the signed site."
        : batch.Reports.Any(r => r.SiteId != signedSite) ? "A report's siteId is not the signed site."
        : null;

    private static ProblemHttpResult Refusal(HttpContext http, VerifyResult verdict, DateTimeOffset now)
    {
        // An agent whose clock is off corrects itself from this Date (it has never been acknowledged).
        http.Response.Headers.Date = now.ToString("R", CultureInfo.InvariantCulture);
        return verdict switch
        {
            VerifyResult.Malformed => Problem(StatusCodes.Status400BadRequest, "Malformed signature headers", null),
            VerifyResult.Replayed => Problem(StatusCodes.Status409Conflict, "Nonce already used", null),
            VerifyResult.Stale => Problem(StatusCodes.Status401Unauthorized, "Timestamp too far from Central's clock", "See the Date header."),
            _ => Problem(StatusCodes.Status401Unauthorized, "Signature not accepted", null),
        };
    }

    private static ProblemHttpResult TooMany(HttpContext http, TimeSpan wait, string detail)
    {
        var seconds = (long)Math.Ceiling(Math.Max(wait.TotalSeconds, 1));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status429TooManyRequests, "Too many requests", detail);
    }

    private static ProblemHttpResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
