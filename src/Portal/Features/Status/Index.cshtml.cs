using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Router;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.Status;

/// <summary>
/// <c>/status?a=id</c> (or by the attempt cookie): the device's session as the router sees it (time and data
/// left, uptime), a logout button, and the bulletins for members and everyone.
/// </summary>
public sealed class IndexModel(
    LoginAttempts attempts, HotspotGateway gateway, PublicContent content,
    IOptions<PortalAccessOptions> access, ILogger<IndexModel> logger) : PageModel
{
    public LoginAttempt? Attempt { get; private set; }

    public HotspotActive? Session { get; private set; }

    public bool RouterTrouble { get; private set; }

    public bool LoggedOut { get; private set; }

    public IReadOnlyList<Bulletin> Bulletins { get; private set; } = [];

    /// <summary>Bytes the router still allows (limit-bytes-total minus bytes in and out), when limited.</summary>
    public long? BytesLeft => Session?.LimitBytesTotal is > 0 and long limit
        ? Math.Max(0, limit - (Session.BytesIn ?? 0) - (Session.BytesOut ?? 0))
        : null;

    /// <summary>Share of this session's time still left (0–100), when the router limits it.</summary>
    public int? TimeLeftPercent => Session?.SessionTimeLeft is { } left && left + (Session.Uptime ?? TimeSpan.Zero) is { Ticks: > 0 } total
        ? (int)Math.Round(100 * left / total)
        : null;

    /// <summary>Share of the data allowance still left (0–100), when the router limits it.</summary>
    public int? DataLeftPercent => BytesLeft is { } left && Session?.LimitBytesTotal is > 0 and long limit
        ? (int)Math.Round(100.0 * left / limit)
        : null;

    public async Task<IActionResult> OnGetAsync(string? a, CancellationToken cancellationToken)
    {
        Attempt = await attempts.FindAsync(a, HttpContext, cancellationToken);
        if (Attempt is not null)
        {
            try
            {
                Session = await gateway.FindActiveAsync(Attempt.IpAddress, cancellationToken);
                if (Session is not null && !RouterOs.Values.MacAddress.AreEqual(Session.MacAddress, Attempt.MacAddress))
                {
                    Session = null;
                }
            }
            catch (RouterTroubleException e)
            {
                Log.PageRouterTrouble(logger, "status", e.Message);
                RouterTrouble = true;
            }

            Bulletins = await content.BulletinsAsync(includeMembers: true, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostLogoutAsync(string? a, CancellationToken cancellationToken)
    {
        Attempt = await attempts.FindAsync(a, HttpContext, cancellationToken);
        if (Attempt is null)
        {
            return Page();
        }

        var remote = HttpContext.Connection.RemoteIpAddress;
        if (access.Value.SeesResidentsDirectly
            && (remote is null || (remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote).ToString() != Attempt.IpAddress))
        {
            Log.LogoutSourceMismatch(logger, Attempt.Id);
            return Forbid();
        }

        try
        {
            bool removed = await gateway.LogoutAsync(Attempt.IpAddress, Attempt.MacAddress, cancellationToken);
            Log.LoggedOut(logger, Attempt.Id, removed);
            LoggedOut = true;
        }
        catch (RouterTroubleException e)
        {
            Log.PageRouterTrouble(logger, "logout", e.Message);
            RouterTrouble = true;
        }

        return Page();
    }

    /// <summary>"1 jam 5 menit" style text for a duration.</summary>
    public string Duration(TimeSpan value)
    {
        var parts = new List<string>();
        if (value.Days > 0)
        {
            parts.Add($"{value.Days} {TextFor("hari")}");
        }

        if (value.Hours > 0)
        {
            parts.Add($"{value.Hours} {TextFor("jam")}");
        }

        parts.Add($"{value.Minutes} {TextFor("menit")}");
        return string.Join(' ', parts);
    }

    /// <summary>Bytes as MB (or GB) with one decimal.</summary>
    public static string Bytes(long value) => value >= 1_000_000_000
        ? (value / 1e9).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) + " GB"
        : (value / 1e6).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) + " MB";

    private static string TextFor(string unit) =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? unit switch { "hari" => "d", "jam" => "h", _ => "min" }
            : unit;
}
