using KimHotspot.Portal.Features.Members;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>Loading, shared checks and post/redirect/get of the member page.</summary>
public sealed partial class DetailModel
{
    /// <summary>A router warning for the page after a redirect (the layout shows only "Done").</summary>
    public const string RouterWarningKey = "RouterWarning";

    /// <summary>A date and time in the village's time zone, or a dash.</summary>
    public string Local(DateTimeOffset? at) =>
        at is { } v ? TimeZoneInfo.ConvertTime(v, time.LocalTimeZone).ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.CurrentCulture) : "–";

    public string DateValue(DateTimeOffset? at) =>
        at is { } v ? TimeZoneInfo.ConvertTime(v, time.LocalTimeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Include(m => m.Tier).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null)
        {
            return false;
        }

        Member = member;
        Tiers = await db.Tiers.AsNoTracking().OrderBy(x => x.Name).ToListAsync(cancellationToken);
        Devices = await db.RememberedDevices.AsNoTracking().Where(d => d.MemberId == id)
            .OrderBy(d => d.RevokedAt != null).ThenByDescending(d => d.CreatedAt).ToListAsync(cancellationToken);
        Sessions = await db.SessionRecords.AsNoTracking().Where(s => s.RouterUser == member.RouterUser)
            .OrderByDescending(s => s.At).Take(SessionRows).ToListAsync(cancellationToken);
        return true;
    }

    private async Task<IActionResult> WithMemberAsync(int id, Func<Member, Task<IActionResult>> act, CancellationToken cancellationToken) =>
        await actions.FindAsync(id, cancellationToken) is { } member ? await act(member) : NotFound();

    private Task<IActionResult> WithTierAsync(int id, int tierId, Func<Member, Tier, Task<IActionResult>> act, CancellationToken cancellationToken) =>
        WithMemberAsync(id, async m =>
            await db.Tiers.FirstOrDefaultAsync(x => x.Id == tierId, cancellationToken) is { } tier
                ? await act(m, tier)
                : await ShowErrorAsync(id, t["Pilih paket."], cancellationToken), cancellationToken);

    private Task<IActionResult> ConfirmedAsync(int id, bool confirm, Func<Member, Task<IActionResult>> act, CancellationToken cancellationToken) =>
        confirm ? WithMemberAsync(id, act, cancellationToken) : ShowErrorAsync(id, t["Centang kotak konfirmasi dulu."], cancellationToken);

    private async Task<IActionResult> ShowErrorAsync(int id, string message, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private RedirectResult Done(string message, bool routerFollowed = true)
    {
        TempData["Done"] = message;
        if (!routerFollowed)
        {
            TempData[RouterWarningKey] = t["Router sedang tidak bisa dihubungi, jadi perubahan ini belum sampai ke router. Perubahan sudah tersimpan; router akan mengikutinya saat anggota ini mencoba masuk lagi (ia tidak bisa masuk selama statusnya tidak aktif)."].Value;
        }

        return Redirect(Url.Content("~/admin/anggota/") + RouteData.Values["id"]);
    }

    /// <summary>The end of a village-local day (membership valid through that day).</summary>
    private DateTimeOffset EndOfDay(DateOnly day)
    {
        var local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, time.LocalTimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
