using System.Security.Claims;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Accounts;

/// <summary>
/// <c>/admin/akun/{id}</c>: one account's role, disable/enable, password reset (shown once), unlock, and switching
/// off TOTP for someone who lost their phone. Destructive steps need the confirmation box ticked.
/// </summary>
public sealed class EditAccountModel(PortalDb db, AdminAccountStore store, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<EditAccountModel> logger) : PageModel
{
    public AccountView Account { get; private set; } = null!;

    public string? Message { get; private set; }

    /// <summary>Set right after a reset: the new password (never stored in clear).</summary>
    public string? NewPassword { get; private set; }

    public bool IsSelf { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } account ? Show(account) : NotFound();

    public Task<IActionResult> OnPostRoleAsync(int id, string? role, CancellationToken cancellationToken) =>
        ActAsync(id, "account.role", null, (a, ct) =>
            store.SetRoleAsync(a, role == nameof(AdminRole.Admin) ? AdminRole.Admin : AdminRole.Editor, ActorId, null, ct), t["Peran sudah diubah."], cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(int id, bool confirm, CancellationToken cancellationToken) =>
        ActAsync(id, "account.disable", confirm, (a, ct) => store.SetDisabledAsync(a, true, ActorId, null, ct), t["Akun sudah dinonaktifkan."], cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "account.enable", null, (a, ct) => store.SetDisabledAsync(a, false, ActorId, null, ct), t["Akun sudah diaktifkan lagi."], cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "account.unlock", null, async (a, ct) =>
        {
            await store.UnlockAsync(a, null, ct);
            return AccountProblem.None;
        }, t["Kunci akun sudah dibuka."], cancellationToken);

    public Task<IActionResult> OnPostTotpOffAsync(int id, bool confirm, CancellationToken cancellationToken) =>
        ActAsync(id, "account.totp.disable", confirm, async (a, ct) =>
        {
            await store.TotpOffAsync(a, null, ct);
            return AccountProblem.None;
        }, t["Kode verifikasi akun ini sudah dimatikan. Pemilik akun bisa menyiapkannya lagi."], cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(int id, bool confirm, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } account)
        {
            return NotFound();
        }

        if (!confirm)
        {
            return Refused(account, t["Centang kotak konfirmasi dulu."]);
        }

        NewPassword = await store.ResetPasswordAsync(account, null, cancellationToken);
        Log.AccountChanged(logger, account.Username, "account.password.reset");
        Response.Headers.CacheControl = "no-store";
        return Show(account);
    }

    private int? ActorId => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private async Task<IActionResult> ActAsync(
        int id, string action, bool? confirm, Func<AdminAccount, CancellationToken, Task<AccountProblem>> change, string done, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } account)
        {
            return NotFound();
        }

        if (confirm == false)
        {
            return Refused(account, t["Centang kotak konfirmasi dulu."]);
        }

        var problem = await change(account, cancellationToken);
        if (problem != AccountProblem.None)
        {
            Log.AccountChangeRefused(logger, action, account.Username, problem);
            return Refused(account, problem == AccountProblem.Self
                ? t["Anda tidak bisa menonaktifkan atau menurunkan peran akun Anda sendiri."]
                : t["Ini admin KIM aktif terakhir. Buat atau aktifkan admin KIM lain dulu."]);
        }

        Log.AccountChanged(logger, account.Username, action);
        TempData["Done"] = done;
        return RedirectToPage(new { id });
    }

    private Task<AdminAccount?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.AdminAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private PageResult Show(AdminAccount account)
    {
        Account = AccountView.From(account, time);
        IsSelf = account.Id == ActorId;
        return Page();
    }

    private PageResult Refused(AdminAccount account, string message)
    {
        Message = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Show(account);
    }
}
