using System.Globalization;
using KimHotspot.Central.Data;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Operators;
using KimHotspot.Central.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Features.Admin.Sites;

/// <summary>
/// <c>/admin/situs/{id}/kunci</c> (admins): the site's keys; create (when none is active), rotate with a grace period,
/// revoke at once. A new key's text and the agent's configuration lines are shown on that one answer only.
/// </summary>
[Authorize(Policy = OperatorPolicies.Admin)]
public sealed class KeysModel(CentralDb db, SiteKeyChanges changes, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<KeysModel> logger) : PageModel
{
    public Site Site { get; private set; } = null!;

    public IReadOnlyList<SiteKey> Keys { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public bool HasActiveKey => Keys.Any(k => k.IsActive(Now));

    /// <summary>The key text made by this request (shown once).</summary>
    public string? NewKey { get; private set; }

    public string? Message { get; private set; }

    private string Actor => User.Identity?.Name ?? "?";

    public Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => AnswerAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string id, CancellationToken cancellationToken)
    {
        NewKey = await changes.CreateAsync(id, Actor, cancellationToken);
        Message = NewKey is null ? t["Situs ini sudah punya kunci aktif; gunakan ganti kunci."].Value : null;
        return await AfterAsync(id, "sitekey.create", cancellationToken);
    }

    public async Task<IActionResult> OnPostRotateAsync(string id, string? graceDays, CancellationToken cancellationToken)
    {
        if (!int.TryParse(graceDays, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) || days is < 0 or > SiteKeyChanges.MaxGraceDays)
        {
            Message = t["Masa tenggang harus bilangan bulat 0 sampai {0} hari.", SiteKeyChanges.MaxGraceDays].Value;
            return await AfterAsync(id, "sitekey.rotate", cancellationToken);
        }

        NewKey = await changes.RotateAsync(id, TimeSpan.FromDays(days), Actor, cancellationToken);
        return await AfterAsync(id, "sitekey.rotate", cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, int keyId, CancellationToken cancellationToken)
    {
        if (!await changes.RevokeAsync(id, keyId, Actor, cancellationToken))
        {
            return NotFound();
        }

        Log.SiteKeyChanged(logger, id, Actor, "sitekey.revoke");
        TempData["Done"] = t["Kunci #{0} dicabut; laporan yang ditandatangani dengannya ditolak mulai sekarang.", keyId].Value;
        return Redirect(SitePaths.Keys(id));
    }

    private async Task<IActionResult> AfterAsync(string id, string action, CancellationToken cancellationToken)
    {
        if (NewKey is not null)
        {
            Log.SiteKeyChanged(logger, id, Actor, action);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return await AnswerAsync(id, cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } site)
        {
            return NotFound();
        }

        Site = site;
        Now = time.GetUtcNow();
        Keys = await db.SiteKeys.AsNoTracking().Where(k => k.SiteId == id).OrderByDescending(k => k.Id).ToListAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store"; // a new key must not stay in a cache
        return Page();
    }
}
