using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Members;

/// <summary>
/// "Ingat perangkat ini": a random token in an HttpOnly cookie, only its SHA-256 in the database,
/// bound to the MAC of the attempt it was created from. A token shown from another MAC, revoked or
/// expired logs nobody in.
/// </summary>
public sealed class RememberedDevices(PortalDb db, LoginAttempts attempts, TimeProvider time)
{
    public const string CookieName = "kim_device";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    /// <summary>Remembers <paramref name="member"/> on the attempt's device and sets the cookie.</summary>
    public async Task RememberAsync(Member member, LoginAttempt attempt, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(http);
        var now = time.GetUtcNow();
        string token = Secrets.NewToken();
        db.RememberedDevices.Add(new RememberedDevice
        {
            MemberId = member.Id,
            MacAddress = attempt.MacAddress,
            TokenHash = Secrets.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        http.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            MaxAge = Lifetime,
            Path = http.Request.PathBase + "/",
        });
    }

    /// <summary>The valid remembrance of this request's cookie for the attempt's MAC, with its member; else null.</summary>
    public async Task<RememberedDevice?> FindAsync(LoginAttempt attempt, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Cookies.TryGetValue(CookieName, out var token) || string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }

        string hash = Secrets.Hash(token);
        var device = await db.RememberedDevices.Include(d => d.Member).ThenInclude(m => m!.Tier)
            .FirstOrDefaultAsync(d => d.TokenHash == hash, cancellationToken);
        return device is { RevokedAt: null, Member: not null } && device.ExpiresAt > time.GetUtcNow()
            && string.Equals(device.MacAddress, attempt.MacAddress, StringComparison.OrdinalIgnoreCase)
            ? device
            : null;
    }

    /// <summary>For the splash page: the name to offer one-tap login as, or null.</summary>
    public async Task<string?> FindForSplashAsync(string? attemptId, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Cookies.ContainsKey(CookieName))
        {
            return null;
        }

        var attempt = await attempts.FindAsync(attemptId, http, cancellationToken);
        var device = attempt is null ? null : await FindAsync(attempt, http, cancellationToken);
        return device?.Member is { Status: MemberStatus.Active } member ? member.FullName : null;
    }
}
