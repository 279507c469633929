using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// <c>/admin/masuk</c>: username and password; a locked or disabled account is told so. An account with TOTP gets
/// the code form next, carrying a short-lived ticket to <c>/admin/masuk/kode</c>.
/// </summary>
public sealed class LoginModel(AdminSignIn signIn, AdminProtector protector, IStringLocalizer<SharedResource> t, ILogger<LoginModel> logger) : PageModel
{
    public string? Message { get; private set; }

    public string? Username { get; private set; }

    public string ReturnUrl { get; private set; } = "/admin";

    /// <summary>Set after the right password of an account with TOTP: the page then asks for the code.</summary>
    public CodeStep? SecondFactor { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = LocalAdminUrl(returnUrl, Request.PathBase);

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        Username = username;
        ReturnUrl = LocalAdminUrl(returnUrl, Request.PathBase);
        var (result, account) = await signIn.CheckPasswordAsync(username, password, cancellationToken);
        switch (result)
        {
            case AdminPasswordCheck.Ok:
                await signIn.SignInAsync(HttpContext, account!, cancellationToken);
                Log.AdminSignedIn(logger, account!.Username);
                return LocalRedirect("~" + ReturnUrl);
            case AdminPasswordCheck.NeedsSecondFactor:
                SecondFactor = new CodeStep(protector.NewTicket(account!), ReturnUrl);
                return Page();
            case AdminPasswordCheck.LockedOut:
                Message = t["Terlalu banyak percobaan yang salah. Akun dikunci {0} menit; coba lagi nanti.", (int)AdminSignIn.LockoutTime.TotalMinutes];
                break;
            case AdminPasswordCheck.Disabled:
                Message = t["Akun ini sudah dinonaktifkan. Hubungi admin KIM."];
                break;
            default:
                Message = t["Nama pengguna atau kata sandi salah."];
                break;
        }

        if (account is not null)
        {
            Log.AdminSignInRefused(logger, account.Username, result.ToString());
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>
    /// Only a path inside the admin console, relative to the application (a <paramref name="pathBase"/> the sign-in
    /// redirect put in front, e.g. Central's <c>/sites/{id}/portal</c>, is removed); anything else goes to the console's home.
    /// Redirect to it with <c>~</c> in front so the path base comes back.
    /// </summary>
    internal static string LocalAdminUrl(string? url, PathString pathBase)
    {
        if (url is { Length: > 0 } && pathBase.HasValue && url.StartsWith(pathBase.Value + "/", StringComparison.Ordinal))
        {
            url = url[pathBase.Value.Length..];
        }

        return url is { Length: > 0 } && url.StartsWith("/admin", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/admin";
    }
}
