using System.Globalization;
using KimHotspot.Central.Data;
using KimHotspot.Central.Ingest;
using KimHotspot.Central.Sites;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Bulletins;

/// <summary>
/// <c>GET /api/v1/bulletins?since=&lt;cursor&gt;</c>: a village Portal pulls the city-wide bulletins aimed at its site.
/// Signed like an agent's upload (the same keys, skew and nonce store; path with query, empty body); refused as
/// ingest refuses (400 malformed, 401 unknown/forged/stale with Central's <c>Date</c>, 409 replayed). The answer's
/// <c>ETag</c> is its cursor: <c>If-None-Match</c> with the current one answers 304.
/// </summary>
public static class BulletinsEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, CentralDb db, SiteKeyring keyring, INonceStore nonces, TimeProvider time,
        IOptions<IngestOptions> options, ILoggerFactory logs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logs);
        var logger = logs.CreateLogger(typeof(BulletinsEndpoint).FullName!);
        var now = time.GetUtcNow();
        var headers = SignedHeaders.FromLookup(name => http.Request.Headers.TryGetValue(name, out var v) ? v.ToString() : null);
        var verdict = await SignatureCheck.VerifyAsync(http.Request, ReadOnlyMemory<byte>.Empty, headers, keyring, nonces, now, options.Value.MaxSkew, ct);
        if (verdict != VerifyResult.Ok)
        {
            Log.BulletinPullRefused(logger, headers?.SiteId ?? "-", verdict);
            http.Response.Headers.Date = now.ToString("R", CultureInfo.InvariantCulture);
            return verdict switch
            {
                VerifyResult.Malformed => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed signature headers"),
                VerifyResult.Replayed => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nonce already used"),
                _ => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Signature not accepted"),
            };
        }

        var since = http.Request.Query["since"].ToString();
        long cursor = 0;
        if (since.Length > 0 && (!long.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out cursor)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "since must be a cursor from an earlier answer (or 0)");
        }

        var siteId = headers!.SiteId;
        var kecamatan = await db.Sites.AsNoTracking().Where(s => s.Id == siteId).Select(s => s.Kecamatan).FirstOrDefaultAsync(ct) ?? "";
        http.Response.Headers.CacheControl = "no-cache";
        var head = await BulletinChanges.HeadAsync(db, ct);
        if (cursor > 0 && cursor == head && http.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } tag
            && tag == BulletinFeedQuery.ETag(head))
        {
            http.Response.Headers.ETag = tag;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var feed = await BulletinFeedQuery.ForSiteAsync(db, siteId, kecamatan, cursor, now, ct);
        http.Response.Headers.ETag = BulletinFeedQuery.ETag(feed.Cursor);
        Log.BulletinPullServed(logger, siteId, cursor, feed.Bulletins.Count, feed.Cursor);
        return TypedResults.Json(feed, ContractsJson.Default.CityBulletinFeed);
    }
}
