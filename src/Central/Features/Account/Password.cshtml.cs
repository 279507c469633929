using KimHotspot.Central.Localization;
using KimHotspot.Central.Operators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Features.Account;

/// <summary><c>/akun</c>: the signed-in operator's role and own password (the current one is asked first).</summary>
public sealed class PasswordModel(OperatorStore store, IStringLocalizer<SharedResource> t, ILogger<PasswordModel> logger) : PageModel
{
    public string? Message { get; private set; }

    public string RoleLabel { get; private set; } = "";

    public void OnGet() => RoleLabel = OperatorRoles.Label(User);

    public async Task<IActionResult> OnPostAsync(string? current, string? next, string? repeat, CancellationToken cancellationToken)
    {
        RoleLabel = OperatorRoles.Label(User);
        var account = await store.FindAsync(User.Identity?.Name, cancellationToken);
        if (account is null)
        {
            return Challenge();
        }

        Message = !store.PasswordMatches(account, current) ? t["Kata sandi sekarang salah."].Value
            : (next ?? "").Length < OperatorSecrets.MinPasswordLength ? t["Kata sandi baru minimal {0} karakter.", OperatorSecrets.MinPasswordLength].Value
            : next != repeat ? t["Kedua kata sandi baru tidak sama."].Value
            : null;
        if (Message is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await store.ChangeOwnPasswordAsync(account, next!, cancellationToken);
        await OperatorSignIn.SignInAsync(HttpContext, account); // new stamp: keep this session, end the others
        var target = OperatorStore.Target(account);
        Log.OperatorChanged(logger, target, account.UserName, "operator.password.change");
        TempData["Done"] = t["Kata sandi sudah diganti."].Value;
        return RedirectToPage();
    }
}
