using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Localization;
using KimHotspot.Portal.Router;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Online;

/// <summary>
/// <c>/admin/online</c>: who is on the Wi-Fi now, refreshed every 30 s without JavaScript (<c>?auto=0</c> stops it),
/// with "Putuskan" per session (asked once more on <c>?putus=&lt;id&gt;</c>, done by POST, audited).
/// </summary>
public sealed class IndexModel(
    OnlineSessions sessions, PortalDb db, AuditLog audit, IStringLocalizer<SharedResource> t, ILogger<IndexModel> logger) : PageModel
{
    public const int RefreshSeconds = 30;

    public const int PageSize = 50;

    /// <summary>All sessions (totals are over these).</summary>
    public OnlineList List { get; private set; } = new([], false);

    /// <summary>The sessions shown: matching <see cref="Q"/>, sorted, this page only.</summary>
    public IReadOnlyList<OnlineRow> Shown { get; private set; } = [];

    public int Matching { get; private set; }

    /// <summary>Search: part of a name, batch, router user, IP or the visible end of a MAC.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "hal")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (Matching + PageSize - 1) / PageSize);

    /// <summary>"nama" (default), "lama" (uptime, longest first) or "data" (traffic, most first).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"0" turns the automatic refresh off.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Auto { get; set; }

    /// <summary>The session to confirm "Putuskan" for.</summary>
    [BindProperty(SupportsGet = true, Name = "putus")]
    public string? Confirm { get; set; }

    public bool AutoRefresh => Auto != "0" && Confirm is null;

    public OnlineRow? ToConfirm => Confirm is null ? null : List.Rows.FirstOrDefault(r => r.Id == Confirm);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        List = await sessions.ListAsync(cancellationToken);
        var matching = Sorted(List.Rows.Where(Matches).ToList());
        Matching = matching.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Shown = [.. matching.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>This page's URL with some query values changed (null removes one).</summary>
    public string Link(string? sort = null, string? auto = null, int? page = null, bool autoOff = false)
    {
        var query = new List<KeyValuePair<string, string?>>
        {
            new("sort", sort ?? Sort),
            new("q", string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()),
            new("hal", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            new("auto", autoOff ? null : auto ?? Auto),
        };
        return Request.PathBase + "/admin/online" + QueryString.Create(query.Where(p => p.Value is not null));
    }

    private bool Matches(OnlineRow r)
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return true;
        }

        string q = Q.Trim();
        return r.Who.Contains(q, StringComparison.CurrentCultureIgnoreCase)
            || r.RouterUser.Contains(q, StringComparison.OrdinalIgnoreCase)
            || r.Ip.Contains(q, StringComparison.Ordinal)
            || r.MaskedMac.Contains(q, StringComparison.OrdinalIgnoreCase)
            || (r.Detail?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false);
    }

    public async Task<IActionResult> OnPostDisconnectAsync(string? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 32)
        {
            return RedirectToPage();
        }

        try
        {
            var removed = await sessions.DisconnectAsync(id, cancellationToken);
            if (removed is null)
            {
                TempData["Done"] = t["Sesi itu sudah tidak aktif."].Value;
                return RedirectToPage();
            }

            string user = removed.User ?? string.Empty;
            audit.Add(db, "online.disconnect", user,
                before: new { mac = Shared.MacMask.Mask(removed.MacAddress), uptime = removed.Uptime?.ToString(), bytesIn = removed.BytesIn, bytesOut = removed.BytesOut });
            await db.SaveChangesAsync(cancellationToken);
            Log.OnlineDisconnected(logger, user);
            TempData["Done"] = t["Perangkat sudah diputuskan."].Value;
        }
        catch (RouterTroubleException)
        {
            TempData["Error"] = t["Router Wi-Fi tidak bisa dihubungi, perangkat belum diputuskan. Coba lagi sebentar lagi."].Value;
        }

        return RedirectToPage();
    }

    private List<OnlineRow> Sorted(IReadOnlyList<OnlineRow> rows) => Sort switch
    {
        "lama" => [.. rows.OrderByDescending(r => r.Uptime)],
        "data" => [.. rows.OrderByDescending(r => r.BytesTotal)],
        _ => [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.Who, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Ip, StringComparer.Ordinal)],
    };
}
