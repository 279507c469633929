using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary><c>/admin/masuk</c>: username and password; a locked or disabled account is told so.</summary>
public sealed class LoginModel(AdminSignIn signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    public string? Message { get; private set; }

    public string? Username { get; private set; }

    public string ReturnUrl { get; private set; } = "/admin";

    public void OnGet(string? returnUrl) => ReturnUrl = LocalAdminUrl(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        Username = username;
        ReturnUrl = LocalAdminUrl(returnUrl);
        var (result, account) = await signIn.CheckPasswordAsync(username, password, cancellationToken);
        switch (result)
        {
            case AdminPasswordCheck.Ok:
                await signIn.SignInAsync(HttpContext, account!, cancellationToken);
                return LocalRedirect(ReturnUrl);
            case AdminPasswordCheck.NeedsSecondFactor:
                return await SecondFactorAsync(account!);
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

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>Hands over to the second-factor step; the TOTP page replaces this.</summary>
    private Task<IActionResult> SecondFactorAsync(AdminAccount account)
    {
        _ = account;
        Message = t["Akun ini memakai kode verifikasi, tetapi langkah itu belum tersedia."];
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.FromResult<IActionResult>(Page());
    }

    /// <summary>Only a path inside the admin console; anything else goes to the console's home.</summary>
    private static string LocalAdminUrl(string? url) =>
        url is { Length: > 0 } && url.StartsWith("/admin", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/admin";
}
