using System.Buffers.Text;
using System.Security.Cryptography;
using KimHotspot.Portal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// Stores and finds login attempts. The id travels in the URL (<c>?a=</c>) and, as a second carrier, in a
/// short-lived cookie; an attempt's life is extended whenever it is used.
/// </summary>
public sealed class LoginAttempts(PortalDb db, AttemptCache cache, TimeProvider time, IOptions<PortalAccessOptions> options)
{
    public const string CookieName = "kim_a";

    private TimeSpan Lifetime => options.Value.AttemptLifetime;

    /// <summary>Saves a new attempt read from the router variables and sets the cookie.</summary>
    public async Task<LoginAttempt> CaptureAsync(LoginAttempt attempt, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(http);
        var now = time.GetUtcNow();
        attempt.Id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        attempt.CreatedAt = now;
        attempt.ExpiresAt = now + Lifetime;
        db.LoginAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        cache.Put(attempt, cache.Generation); // write-through: the splash view that follows needs no read
        SetCookie(http, attempt.Id);
        return attempt;
    }

    /// <summary>
    /// The live attempt named by <paramref name="id"/>, else by the cookie; null when unknown or expired.
    /// Extends the attempt's life when more than a few minutes of it have passed.
    /// </summary>
    public async Task<LoginAttempt?> FindAsync(string? id, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (string.IsNullOrEmpty(id))
        {
            id = http.Request.Cookies[CookieName];
        }

        if (string.IsNullOrEmpty(id) || id.Length > 64)
        {
            return null;
        }

        var attempt = await LoadAsync(id, cancellationToken);
        var now = time.GetUtcNow();
        if (attempt is null || attempt.ExpiresAt <= now)
        {
            return null;
        }

        if (attempt.ExpiresAt - now < Lifetime - TimeSpan.FromMinutes(5))
        {
            attempt.ExpiresAt = now + Lifetime;
            await db.SaveChangesAsync(cancellationToken);
            SetCookie(http, attempt.Id);
        }

        return attempt;
    }

    /// <summary>
    /// The attempt tracked by this request's context: already tracked, else a copy from the cache attached
    /// unchanged (so the caller's changes save as usual), else read from the database and cached.
    /// </summary>
    private async Task<LoginAttempt?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (db.LoginAttempts.Local.FindEntry(id) is { } tracked)
        {
            return tracked.Entity;
        }

        if (cache.Get(id) is { } copy)
        {
            db.LoginAttempts.Attach(copy);
            return copy;
        }

        long generation = cache.Generation;
        var attempt = await db.LoginAttempts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attempt is not null)
        {
            cache.Put(attempt, generation);
        }

        return attempt;
    }

    private void SetCookie(HttpContext http, string id) =>
        http.Response.Cookies.Append(CookieName, id, new CookieOptions
        {
            MaxAge = Lifetime,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Secure = http.Request.IsHttps,
            Path = http.Request.PathBase + "/",
        });
}
