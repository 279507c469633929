using KimHotspot.Portal.Data;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// <c>/admin/siapkan</c>: while no admin account exists, the setup code printed at start creates the first KIM
/// admin and signs them in. Once any account exists the page is gone (404).
/// </summary>
public sealed class SetupModel(
    PortalDb db, AdminSetupCode setupCode, AdminAccountStore store, AdminSignIn signIn, IStringLocalizer<SharedResource> t, ILogger<SetupModel> logger) : PageModel
{
    public Dictionary<string, string> Errors { get; } = [];

    public string? Username { get; private set; }

    public string? DisplayName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await db.AdminAccounts.AnyAsync(cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(
        string? code, string? username, string? displayName, string? password, string? repeatPassword, CancellationToken cancellationToken)
    {
        if (await db.AdminAccounts.AnyAsync(cancellationToken))
        {
            return NotFound();
        }

        Username = username;
        DisplayName = displayName;
        var check = setupCode.Check(code);
        if (check != SetupCodeCheck.Ok)
        {
            Errors["code"] = check == SetupCodeCheck.Wrong
                ? t["Kode penyiapan salah."]
                : t["Kode penyiapan sudah tidak berlaku. Kode baru sudah dicetak di konsol server; lihat di sana."];
            return Invalid();
        }

        var name = AdminAccountStore.NormalizeUsername(username);
        if (!AdminAccountStore.IsValidUsername(name))
        {
            Errors["username"] = t["Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda minus."];
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > AdminAccountStore.MaxDisplayName)
        {
            Errors["displayName"] = t["Isi nama tampilan (maksimal {0} karakter).", AdminAccountStore.MaxDisplayName];
        }

        if (PasswordRules.Check(password, repeatPassword, t) is { } problem)
        {
            Errors[problem.Field == "newPassword" ? "password" : problem.Field] = problem.Message;
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        await setupCode.CreationGate.WaitAsync(cancellationToken);
        try
        {
            if (await db.AdminAccounts.AnyAsync(cancellationToken))
            {
                return NotFound();
            }

            var (_, account, _) = await store.CreateAsync(name, displayName, AdminRole.Admin, "setup", cancellationToken, password, "account.setup");
            setupCode.Consume();
            await signIn.SignInAsync(HttpContext, account!, cancellationToken);
            Log.FirstAdminCreated(logger, account!.Username);
        }
        finally
        {
            setupCode.CreationGate.Release();
        }

        TempData["Done"] = t["Akun admin KIM pertama sudah dibuat. Selamat datang!"].Value;
        return Redirect("~/admin");
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
