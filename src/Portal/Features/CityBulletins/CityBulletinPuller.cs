using System.Net;
using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using KimHotspot.Portal.Data;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.CityBulletins;

/// <summary>How one pull ended.</summary>
public enum PullOutcome
{
    /// <summary>No Central configured.</summary>
    Off,

    /// <summary>New changes applied.</summary>
    Applied,

    /// <summary>304: nothing changed since the cursor.</summary>
    NotModified,

    /// <summary>Central unreachable or refusing: the bulletins held keep showing.</summary>
    Failed,
}

/// <summary>
/// Pulls the city-wide bulletins aimed at this site from Central at start and every <see cref="CentralOptions.Interval"/>:
/// a <c>GET</c> signed with the site key (like the RouterAgent's uploads), the cursor of the last answer as
/// <c>since</c> and its ETag as <c>If-None-Match</c>. The cursor lives in memory, so the first pull after a start asks
/// for the full list (which also withdraws whatever was withdrawn meanwhile). A failed pull changes nothing.
/// </summary>
public sealed class CityBulletinPuller(
    IOptions<CentralOptions> options, IHttpClientFactory clients, IServiceScopeFactory scopes, TimeProvider time, ILogger<CityBulletinPuller> logger)
    : BackgroundService
{
    public const string HttpClientName = "KimHotspot.Central";

    private readonly SemaphoreSlim _one = new(1, 1);
    private long _cursor;
    private string? _etag;
    private TimeSpan _clockOffset;
    private bool _retryNow;

    /// <summary>The cursor of the last applied answer (0 before the first).</summary>
    public long Cursor => Interlocked.Read(ref _cursor);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            Log.CityPullOff(logger);
            return;
        }

        using var timer = new PeriodicTimer(o.Interval, time);
        do
        {
            await PullNowAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Pulls once now (one pull at a time); used by the timer and by tests.</summary>
    public async Task<PullOutcome> PullNowAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return PullOutcome.Off;
        }

        await _one.WaitAsync(cancellationToken);
        try
        {
            var outcome = await SendAsync(o, cancellationToken);
            return outcome == PullOutcome.Failed && _retryNow ? await SendAsync(o, cancellationToken) : outcome;
        }
        finally
        {
            _retryNow = false;
            _one.Release();
        }
    }

    private async Task<PullOutcome> SendAsync(CentralOptions o, CancellationToken ct)
    {
        var uri = o.FeedUri(_cursor);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        var headers = SiteSignature.Sign("GET", uri.PathAndQuery, [], o.SiteId!, o.LoadKey(), time.GetUtcNow() + _clockOffset);
        foreach (var (name, value) in headers.ToPairs())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (_cursor > 0 && _etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", _etag);
        }

        using var timeout = new CancellationTokenSource(o.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using var client = clients.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, linked.Token);
            return await ReadAsync(response, uri, linked.Token);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return Failed("timeout");
        }
        catch (HttpRequestException e)
        {
            return Failed(e.HttpRequestError.ToString());
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return Failed("unreadable answer");
        }
    }

    private async Task<PullOutcome> ReadAsync(HttpResponseMessage response, Uri uri, CancellationToken ct)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            Log.CityUnchanged(logger, _cursor);
            return PullOutcome.NotModified;
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.Date is { } centralNow)
        {
            var offset = centralNow - time.GetUtcNow();
            if ((offset - _clockOffset).Duration() > TimeSpan.FromSeconds(30))
            {
                _clockOffset = offset; // a box without a clock battery: sign with Central's time, try once more
                _retryNow = true;
                Log.CityClockCorrected(logger, offset);
            }
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return Failed("HTTP " + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var json = await response.Content.ReadAsByteArrayAsync(ct);
        var feed = JsonSerializer.Deserialize(json, ContractsJson.Default.CityBulletinFeed) ?? throw new JsonException("empty answer");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var result = await CityBulletinSync.ApplyAsync(db, feed, time.GetUtcNow(), ct);
        Interlocked.Exchange(ref _cursor, feed.Cursor);
        _etag = response.Headers.ETag?.ToString();
        Log.CityPulled(logger, uri, result.Added, result.Updated, result.Withdrawn, feed.Cursor);
        return PullOutcome.Applied;
    }

    private PullOutcome Failed(string reason)
    {
        Log.CityPullFailed(logger, reason);
        return PullOutcome.Failed;
    }

    public override void Dispose()
    {
        _one.Dispose();
        base.Dispose();
    }
}
