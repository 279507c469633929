using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>What the code form carries from the password step: the protected ticket and where to go after.</summary>
public sealed record CodeStep(string Ticket, string ReturnUrl);

/// <summary>
/// <c>POST /admin/masuk/kode</c>: the TOTP code after the right password. A wrong code keeps the same ticket
/// (until it expires or the account locks); a GET starts again at <c>/admin/masuk</c>.
/// </summary>
public sealed class CodeModel(AdminSecondFactor secondFactor, AdminSignIn signIn, IStringLocalizer<SharedResource> t, ILogger<CodeModel> logger) : PageModel
{
    public string? Message { get; private set; }

    public CodeStep? Step { get; private set; }

    public IActionResult OnGet() => Redirect("~/admin/masuk");

    public async Task<IActionResult> OnPostAsync(string? ticket, string? code, string? returnUrl, CancellationToken cancellationToken)
    {
        var target = LoginModel.LocalAdminUrl(returnUrl, Request.PathBase);
        var (result, account) = await secondFactor.CheckAsync(ticket, code, cancellationToken);
        if (result == AdminCodeCheck.Ok)
        {
            await signIn.SignInAsync(HttpContext, account!, cancellationToken);
            Log.AdminSignedIn(logger, account!.Username);
            return LocalRedirect("~" + target);
        }

        Message = result switch
        {
            AdminCodeCheck.Wrong => t["Kode salah atau sudah dipakai. Tunggu kode berikutnya lalu coba lagi."],
            AdminCodeCheck.LockedOut => t["Terlalu banyak percobaan yang salah. Akun dikunci {0} menit; coba lagi nanti.", (int)AdminSignIn.LockoutTime.TotalMinutes],
            AdminCodeCheck.Disabled => t["Akun ini sudah dinonaktifkan. Hubungi admin KIM."],
            _ => t["Waktu untuk memasukkan kode sudah habis. Silakan masuk lagi."],
        };
        Step = result == AdminCodeCheck.Wrong ? new CodeStep(ticket!, target) : null;
        if (account is not null)
        {
            Log.AdminSignInRefused(logger, account.Username, "code " + result);
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
