using System.Security.Claims;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// <c>/admin/akun-saya</c>: any signed-in admin changes their own password (with the current one) and sets up or
/// switches off the TOTP second factor. A new secret is shown (Base32 and QR) and only kept once a first code
/// confirms it; until then it travels protected in a hidden field.
/// </summary>
public sealed class MyAccountModel(
    PortalDb db, AdminAccountStore store, AdminProtector protector, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<MyAccountModel> logger) : PageModel
{
    public AdminAccount Account { get; private set; } = new();

    /// <summary>Validation messages by field name.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>Set while a new secret waits for its first code.</summary>
    public TotpSetup? Setup { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostPasswordAsync(string? currentPassword, string? newPassword, string? repeatPassword, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (!store.PasswordMatches(Account, currentPassword))
        {
            Errors["currentPassword"] = t["Kata sandi sekarang salah."];
        }

        if (PasswordRules.Check(newPassword, repeatPassword, t) is { } problem)
        {
            Errors[problem.Field] = problem.Message;
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        await store.ChangeOwnPasswordAsync(Account, newPassword!, cancellationToken);
        return await DoneAsync("password", t["Kata sandi sudah diganti."]);
    }

    public async Task<IActionResult> OnPostTotpStartAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (Account.TotpSecret is null)
        {
            await ShowSetupAsync(Totp.NewSecret(), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTotpConfirmAsync(string? setup, string? code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        var key = protector.ReadSetup(setup, Account.Id);
        if (key is null || Account.TotpSecret is not null)
        {
            TempData["Done"] = t["Waktu penyiapan habis. Mulai lagi."].Value;
            return RedirectToPage();
        }

        if (Totp.Match(key, code, time.GetUtcNow(), 0) is not { } step)
        {
            Errors["code"] = t["Kode tidak cocok. Periksa jam HP Anda dan ketik kode yang sedang tampil."];
            await ShowSetupAsync(key, cancellationToken);
            return Invalid();
        }

        await store.TotpOnAsync(Account, protector.ProtectSecret(key), step, cancellationToken);
        return await DoneAsync("totp on", t["Kode verifikasi (TOTP) sudah aktif. Mulai sekarang masuk memakai kode dari HP."]);
    }

    public async Task<IActionResult> OnPostTotpOffAsync(string? currentPassword, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (!store.PasswordMatches(Account, currentPassword))
        {
            Errors["offPassword"] = t["Kata sandi sekarang salah."];
            return Invalid();
        }

        if (Account.TotpSecret is not null)
        {
            await store.TotpOffAsync(Account, null, cancellationToken);
        }

        return await DoneAsync("totp off", t["Kode verifikasi (TOTP) sudah dimatikan."]);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var id = int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var value) ? value : -1;
        var account = await db.AdminAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        Account = account ?? new AdminAccount();
        return account is not null;
    }

    private async Task ShowSetupAsync(byte[] key, CancellationToken cancellationToken)
    {
        var village = await db.Village.AsNoTracking().Select(v => v.VillageName).FirstOrDefaultAsync(cancellationToken) ?? "Desa";
        var uri = Totp.SetupUri("KIM " + village, Account.Username, key);
        Setup = new TotpSetup(Base32.Grouped(key), Shared.QrSvg.For(uri), protector.NewSetup(Account.Id, key));
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> DoneAsync(string what, string message)
    {
        // The stamp changed: a fresh cookie keeps this admin signed in (other sessions of the account end).
        await AdminSignIn.RefreshCookieAsync(HttpContext, Account);
        Log.OwnAccountChanged(logger, Account.Username, what);
        TempData["Done"] = message;
        return RedirectToPage();
    }
}

/// <summary>A secret on its way to being confirmed: typed form, QR code markup, and the protected hidden-field token.</summary>
public sealed record TotpSetup(string SecretText, string QrSvg, string Token);
