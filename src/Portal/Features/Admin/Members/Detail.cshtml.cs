using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary><c>/admin/anggota/{id}</c>: one member's data, devices and sessions, and every admin decision about them.</summary>
public sealed partial class DetailModel(
    PortalDb db, MemberActions actions, MemberExport export, TimeProvider time, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int SessionRows = 30;

    public Member Member { get; private set; } = null!;

    public IReadOnlyList<Tier> Tiers { get; private set; } = [];

    public IReadOnlyList<RememberedDevice> Devices { get; private set; } = [];

    public IReadOnlyList<SessionRecord> Sessions { get; private set; } = [];

    /// <summary>Shown once after a reset, never stored in clear.</summary>
    public string? NewPassword { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(int id, int tierId, CancellationToken cancellationToken) =>
        WithTierAsync(id, tierId, async (m, tier) =>
        {
            await actions.ApproveAsync(m, tier, cancellationToken);
            return Done(t["Pendaftaran {0} disetujui.", m.FullName]);
        }, cancellationToken);

    public Task<IActionResult> OnPostTierAsync(int id, int tierId, CancellationToken cancellationToken) =>
        WithTierAsync(id, tierId, async (m, tier) =>
        {
            await actions.ChangeTierAsync(m, tier, cancellationToken);
            return Done(t["Paket {0} sekarang {1}. Berlaku saat ia masuk berikutnya.", m.FullName, tier.Name]);
        }, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, bool confirm, CancellationToken cancellationToken) =>
        ConfirmedAsync(id, confirm, async m =>
            Done(t["Pendaftaran {0} ditolak.", m.FullName], await actions.RejectAsync(m, cancellationToken)), cancellationToken);

    public Task<IActionResult> OnPostBlockAsync(int id, bool confirm, CancellationToken cancellationToken) =>
        ConfirmedAsync(id, confirm, async m =>
            Done(t["{0} diblokir dan dikeluarkan dari Wi-Fi.", m.FullName], await actions.BlockAsync(m, cancellationToken)), cancellationToken);

    public Task<IActionResult> OnPostUnblockAsync(int id, CancellationToken cancellationToken) =>
        WithMemberAsync(id, async m =>
        {
            await actions.UnblockAsync(m, cancellationToken);
            return Done(t["Blokir {0} dibuka. Ia bisa masuk lagi.", m.FullName]);
        }, cancellationToken);

    public Task<IActionResult> OnPostExpiryAsync(int id, string? mode, DateOnly? expiresOn, CancellationToken cancellationToken) =>
        WithMemberAsync(id, async m =>
        {
            DateTimeOffset? end = mode switch
            {
                "clear" => null,
                "now" => time.GetUtcNow(),
                _ when expiresOn is { } day => EndOfDay(day),
                _ => DateTimeOffset.MinValue,
            };
            if (end == DateTimeOffset.MinValue)
            {
                return await ShowErrorAsync(id, t["Pilih tanggal berakhir."], cancellationToken);
            }

            bool followed = await actions.SetExpiryAsync(m, end, cancellationToken);
            return Done(end is null ? t["Masa berlaku {0} dihapus (tanpa batas).", m.FullName] : t["Masa berlaku {0} diubah.", m.FullName], followed);
        }, cancellationToken);

    public Task<IActionResult> OnPostPasswordAsync(int id, CancellationToken cancellationToken) =>
        WithMemberAsync(id, async m =>
        {
            NewPassword = await actions.ResetPasswordAsync(m, cancellationToken);
            await LoadAsync(id, cancellationToken);
            return Page();
        }, cancellationToken);

    public Task<IActionResult> OnPostRevokeDeviceAsync(int id, int deviceId, CancellationToken cancellationToken) =>
        WithMemberAsync(id, async m =>
        {
            int n = await actions.RevokeDevicesAsync(m, deviceId, cancellationToken);
            return Done(n > 0 ? t["Perangkat dicabut."] : t["Perangkat itu sudah dicabut."]);
        }, cancellationToken);

    public Task<IActionResult> OnPostRevokeAllAsync(int id, bool confirm, CancellationToken cancellationToken) =>
        ConfirmedAsync(id, confirm, async m =>
            Done(t["{0} perangkat dicabut.", await actions.RevokeDevicesAsync(m, null, cancellationToken)]), cancellationToken);

    public Task<IActionResult> OnPostExportAsync(int id, CancellationToken cancellationToken) =>
        WithMemberAsync(id, async m =>
        {
            var (name, content) = await export.ExportAsync(m, cancellationToken);
            return File(content, "application/json", name);
        }, cancellationToken);
}
