using System.Net;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Localization;
using KimHotspot.Portal.Router;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// Gets the device of a login attempt online as a router account: checks that the (ip, mac) pair
/// is a real hotspot host (and, where the Portal sees residents directly, that the request comes
/// from that ip), makes the router's profile and user match, logs the device in through the API
/// (or prepares the browser post of the fallback mode), and marks the attempt completed.
/// </summary>
public sealed class DeviceLogin(
    PortalDb db,
    HotspotGateway gateway,
    TimeProvider time,
    IOptions<RouterOptions> router,
    IOptions<PortalAccessOptions> access,
    IStringLocalizer<SharedResource> text,
    ILogger<DeviceLogin> logger)
{
    /// <summary>Runs the login. Never throws for router trouble: that is a <see cref="LoginOutcome.Failed"/>.</summary>
    public async Task<LoginOutcome> CompleteAsync(
        LoginAttempt attempt, RouterAccount account, string method, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(http);
        var now = time.GetUtcNow();
        if (attempt.ExpiresAt <= now)
        {
            return new LoginOutcome.Failed(text["Waktu masuk sudah habis. Buka lagi halaman Wi-Fi KIM dari awal."], CanRetry: false);
        }

        if (access.Value.SeesResidentsDirectly && !SameIp(http.Connection.RemoteIpAddress, attempt.IpAddress))
        {
            Log.LoginSourceMismatch(logger, attempt.Id);
            return new LoginOutcome.Failed(text["Permintaan ini tidak datang dari perangkat yang sedang masuk."], CanRetry: false);
        }

        LoginOutcome outcome;
        try
        {
            if (!await gateway.IsHostAsync(attempt.IpAddress, attempt.MacAddress, cancellationToken))
            {
                Log.LoginNotAHost(logger, attempt.Id, attempt.MacAddress);
                return new LoginOutcome.Failed(
                    text["Router tidak mengenali perangkat ini. Putuskan lalu sambungkan lagi ke Wi-Fi KIM, kemudian coba lagi."], CanRetry: true);
            }

            await gateway.EnsureProfileAsync(account.Tier, cancellationToken);
            bool askedRouter = await gateway.EnsureUserAsync(account, cancellationToken);
            if (router.Value.LoginMode == RouterLoginMode.BrowserPost)
            {
                outcome = BrowserPost(attempt, account, http);
                if (outcome is LoginOutcome.Failed)
                {
                    return outcome;
                }
            }
            else
            {
                await LoginAsync(attempt, account, askedRouter, cancellationToken);
                outcome = new LoginOutcome.Redirect(SafeUrl.AbsoluteHttp(attempt.LinkOrig) ?? StatusUrl(attempt));
            }
        }
        catch (RouterTroubleException e)
        {
            return Trouble(e, attempt);
        }

        attempt.CompletedAt = now;
        attempt.Method = method;
        db.SessionRecords.Add(new SessionRecord
        {
            At = now, Method = method, RouterUser = account.UserName, MacAddress = attempt.MacAddress, IpAddress = attempt.IpAddress,
        });
        attempt.ExpiresAt = now + access.Value.AttemptLifetime;
        if (db.Entry(attempt).State == Microsoft.EntityFrameworkCore.EntityState.Detached)
        {
            db.LoginAttempts.Update(attempt);
        }

        await db.SaveChangesAsync(cancellationToken);
        Log.LoginCompleted(logger, attempt.Id, method, router.Value.LoginMode);
        return outcome;
    }

    /// <summary>
    /// The API login. When the user's ensure was skipped (remembered as matching) and the router refuses, the user
    /// may have changed on the router behind our back: ensure it for real and try once more.
    /// </summary>
    private async Task LoginAsync(LoginAttempt attempt, RouterAccount account, bool ensured, CancellationToken cancellationToken)
    {
        try
        {
            await gateway.LoginAsync(account.UserName, account.Password, attempt.IpAddress, attempt.MacAddress, cancellationToken);
        }
        catch (RouterTroubleException e) when (!ensured && e.Kind == RouterTroubleKind.Refused && !e.IsSessionLimit && !e.IsLimitReached)
        {
            gateway.ForgetUser(account.UserName, account.Tier.RouterProfile);
            await gateway.EnsureProfileAsync(account.Tier, cancellationToken);
            await gateway.EnsureUserAsync(account, cancellationToken);
            await gateway.LoginAsync(account.UserName, account.Password, attempt.IpAddress, attempt.MacAddress, cancellationToken);
        }
    }

    /// <summary>The status page of an attempt.</summary>
    public static string StatusUrl(LoginAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return "/status?a=" + Uri.EscapeDataString(attempt.Id);
    }

    private LoginOutcome BrowserPost(LoginAttempt attempt, RouterAccount account, HttpContext http)
    {
        // Only the link-login-only the router reported for this attempt; never a URL from the current request.
        var action = SafeUrl.AbsoluteHttp(attempt.LinkLoginOnly);
        if (action is null)
        {
            return new LoginOutcome.Failed(text["Alamat login router tidak diketahui. Buka lagi halaman Wi-Fi KIM dari awal."], CanRetry: false);
        }

        string password = account.Password;
        if (!string.IsNullOrEmpty(attempt.ChapId))
        {
            password = ChapResponse.Compute(attempt.ChapId, account.Password, attempt.ChapChallenge ?? string.Empty)
                ?? account.Password;
        }

        var fields = new Dictionary<string, string>
        {
            ["username"] = account.UserName,
            ["password"] = password,
            ["dst"] = SafeUrl.AbsoluteHttp(attempt.LinkOrig) ?? $"{http.Request.Scheme}://{http.Request.Host}{StatusUrl(attempt)}",
            ["popup"] = "false",
        };
        return new LoginOutcome.RouterPost(action, fields);
    }

    private LoginOutcome.Failed Trouble(RouterTroubleException e, LoginAttempt attempt)
    {
        Log.LoginRouterTrouble(logger, attempt.Id, e.Kind, e.RouterMessage ?? e.Message);
        string message = e switch
        {
            { Kind: RouterTroubleKind.Unavailable } => text["Router Wi-Fi sedang tidak bisa dihubungi. Tunggu sebentar, lalu coba lagi."],
            { IsSessionLimit: true } => text["Akun ini sudah dipakai di perangkat lain sebanyak yang diizinkan. Keluar dulu di perangkat lain, lalu coba lagi."],
            { IsLimitReached: true } => text["Jatah waktu atau kuota data untuk akun ini sudah habis."],
            _ => text["Router menolak login ini. Coba lagi, atau hubungi pengurus KIM."],
        };
        return new LoginOutcome.Failed(message, CanRetry: !e.IsLimitReached);
    }

    private static bool SameIp(IPAddress? remote, string ip)
    {
        if (remote is null || !IPAddress.TryParse(ip, out var expected))
        {
            return false;
        }

        return (remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote).Equals(expected);
    }
}
