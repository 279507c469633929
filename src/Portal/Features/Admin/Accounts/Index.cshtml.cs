using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Accounts;

/// <summary><c>/admin/akun</c>: every admin account with its state, and a form to create one (password shown once).</summary>
public sealed class AccountsModel(PortalDb db, AdminAccountStore store, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<AccountsModel> logger) : PageModel
{
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Username { get; private set; }

    public string? DisplayName { get; private set; }

    /// <summary>Set right after a creation: the new account and its generated password (never stored).</summary>
    public (string Username, string Password)? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? username, string? displayName, string? role, CancellationToken cancellationToken)
    {
        Username = username;
        DisplayName = displayName;
        var chosen = role == nameof(AdminRole.Admin) ? AdminRole.Admin : AdminRole.Editor;
        var (problem, account, password) = await store.CreateAsync(username, displayName, chosen, null, cancellationToken);
        switch (problem)
        {
            case AccountProblem.None:
                Log.AccountChanged(logger, account!.Username, "account.create");
                Created = (account!.Username, password!);
                Username = DisplayName = null;
                Response.Headers.CacheControl = "no-store";
                break;
            case AccountProblem.UsernameTaken:
                Errors["username"] = t["Nama pengguna itu sudah dipakai."];
                break;
            case AccountProblem.NameMissing:
                Errors["displayName"] = t["Isi nama tampilan (maksimal {0} karakter).", AdminAccountStore.MaxDisplayName];
                break;
            default:
                Errors["username"] = t["Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda minus."];
                break;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.AdminAccounts.AsNoTracking().OrderBy(a => a.DisabledAt != null).ThenBy(a => a.Username).ToListAsync(cancellationToken);
        Accounts = [.. accounts.Select(a => AccountView.From(a, time))];
    }
}
