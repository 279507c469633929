using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Tiers;

/// <summary>
/// <c>/admin/paket/ubah/{id?}</c>: create or edit a tier (synced to the router's profile at once) or delete an unused one.
/// A router that cannot be reached does not stop the save: the profile is fixed by the next login or a re-sync.
/// </summary>
public sealed class EditModel(PortalDb db, AuditLog audit, TierSync sync, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public TierForm Form { get; set; } = new();

    public Tier? Tier { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Page();
        }

        Tier = await db.Tiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (Tier is null)
        {
            return NotFound();
        }

        Form = TierForm.From(Tier);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var tier = id is null ? new Tier() : await db.Tiers.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (tier is null)
        {
            return NotFound();
        }

        Tier = id is null ? null : tier;
        var before = id is null ? null : Snapshot(tier);
        Errors = Form.ApplyTo(tier);
        if (Errors.Count == 0 && await db.Tiers.AnyAsync(x => x.RouterProfile == tier.RouterProfile && x.Id != tier.Id, cancellationToken))
        {
            Errors[nameof(TierForm.RouterProfile)] = "Nama profil router ini sudah dipakai paket lain.";
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (id is null)
        {
            db.Tiers.Add(tier);
        }

        audit.Add(db, id is null ? "tier.create" : "tier.update", "tier:" + (id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "new"), before, Snapshot(tier));
        await db.SaveChangesAsync(cancellationToken);
        var result = await sync.SyncAsync(tier, cancellationToken);
        TempData["Done"] = result.Ok
            ? t["Paket {0} disimpan dan profil router sudah disesuaikan.", tier.Name].Value
            : t["Paket {0} disimpan. Router sedang tidak bisa dihubungi; profil router akan disesuaikan saat ada yang masuk dengan paket ini, atau tekan tombol Sinkronkan ke router nanti.", tier.Name].Value;
        return Redirect("~/admin/paket");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm, CancellationToken cancellationToken)
    {
        var tier = await db.Tiers.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (tier is null)
        {
            return NotFound();
        }

        Tier = tier;
        Form = TierForm.From(tier);
        string? problem = !confirm ? "Centang kotak konfirmasi dulu." : await InUseAsync(id, cancellationToken);
        if (problem is not null)
        {
            Errors["Delete"] = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.Tiers.Remove(tier);
        audit.Add(db, "tier.delete", "tier:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), Snapshot(tier), null);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = t["Paket {0} dihapus.", tier.Name].Value;
        return Redirect("~/admin/paket");
    }

    /// <summary>Why the tier cannot be deleted (an Indonesian resource key), or null.</summary>
    private async Task<string?> InUseAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Members.AnyAsync(m => m.TierId == id, cancellationToken))
        {
            return "Paket ini masih dipakai anggota. Pindahkan mereka ke paket lain dulu.";
        }

        if (await db.VoucherBatches.AnyAsync(b => b.TierId == id, cancellationToken))
        {
            return "Paket ini masih dipakai kumpulan voucher.";
        }

        return await db.Village.AnyAsync(v => v.TrialTierId == id || v.AutoApproveTierId == id, cancellationToken)
            ? "Paket ini dipakai di Pengaturan (uji coba atau persetujuan otomatis). Ganti di sana dulu."
            : null;
    }

    private static object Snapshot(Tier x) => new
    {
        x.Name, x.RouterProfile, x.RateLimit, x.SessionTimeout, x.DailyTimeLimit, x.DailyDataLimitBytes, x.DevicesPerMember,
    };
}
