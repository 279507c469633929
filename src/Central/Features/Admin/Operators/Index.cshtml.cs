using KimHotspot.Central.Data;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Operators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Features.Admin.Operators;

/// <summary>
/// <c>/admin/operator</c> (admins): every operator with role and state; create (the generated password is shown
/// once on the answer), change role, reset password, disable and enable. Never oneself out, never the last admin.
/// </summary>
public sealed class IndexModel(CentralDb db, OperatorStore store, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<IndexModel> logger) : PageModel
{
    public IReadOnlyList<Operator> Operators { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string? Message { get; private set; }

    /// <summary>After create or reset: whose password is shown, and the password (this answer only).</summary>
    public (string User, string Password)? Shown { get; private set; }

    private string Actor => User.Identity?.Name ?? "?";

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? username, OperatorRole role, CancellationToken cancellationToken)
    {
        var (problem, password) = await store.CreateAsync(username, role, Actor, cancellationToken);
        if (problem == OperatorProblem.None)
        {
            Shown = (OperatorStore.Normalize(username), password!);
            Log.OperatorChanged(logger, "operator:" + Shown.Value.User, Actor, "operator.create");
        }

        return await AnswerAsync(problem, cancellationToken);
    }

    public Task<IActionResult> OnPostRoleAsync(int id, OperatorRole role, CancellationToken cancellationToken) =>
        ChangeAsync(id, "operator.role", (o, c) => store.SetRoleAsync(o, role, Actor, c), cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "operator.disable", (o, c) => store.SetDisabledAsync(o, true, Actor, c), cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "operator.enable", (o, c) => store.SetDisabledAsync(o, false, Actor, c), cancellationToken);

    public Task<IActionResult> OnPostResetAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "operator.password.reset", async (o, c) =>
        {
            Shown = (o.UserName, await store.ResetPasswordAsync(o, Actor, c));
            return OperatorProblem.None;
        }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(int id, string action, Func<Operator, CancellationToken, Task<OperatorProblem>> change, CancellationToken cancellationToken)
    {
        var account = await db.Operators.FindAsync([id], cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        var problem = await change(account, cancellationToken);
        if (problem == OperatorProblem.None)
        {
            var target = OperatorStore.Target(account);
            Log.OperatorChanged(logger, target, Actor, action);
            if (Shown is null)
            {
                TempData["Done"] = t["Perubahan untuk {0} disimpan.", account.UserName].Value;
                return RedirectToPage();
            }
        }

        return await AnswerAsync(problem, cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(OperatorProblem problem, CancellationToken cancellationToken)
    {
        Message = problem switch
        {
            OperatorProblem.None => (string?)null,
            OperatorProblem.UserNameInvalid => t["Nama pengguna 3–32 karakter: huruf kecil, angka, titik, strip atau garis bawah, diawali huruf atau angka."].Value,
            OperatorProblem.UserNameTaken => t["Nama pengguna itu sudah dipakai."].Value,
            OperatorProblem.Self => t["Anda tidak dapat menonaktifkan atau menurunkan peran akun Anda sendiri."].Value,
            _ => t["Ini admin aktif terakhir. Jadikan operator lain admin lebih dulu."].Value,
        };
        if (Message is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Operators = await db.Operators.AsNoTracking().OrderBy(o => o.UserName).ToListAsync(cancellationToken);
    }
}
