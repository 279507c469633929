using KimHotspot.Central.Localization;
using KimHotspot.Central.Operators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Features.Account;

/// <summary><c>/masuk</c>: user name and password; wrong, locked and disabled are told apart only where safe.</summary>
public sealed class LoginModel(OperatorSignIn signIn, IStringLocalizer<SharedResource> t, ILogger<LoginModel> logger) : PageModel
{
    public string? Message { get; private set; }

    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = LocalUrl(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        UserName = username;
        ReturnUrl = LocalUrl(returnUrl);
        var (result, account) = await signIn.CheckPasswordAsync(username, password, cancellationToken);
        if (result == SignInCheck.Ok)
        {
            await OperatorSignIn.SignInAsync(HttpContext, account!);
            Log.OperatorSignedIn(logger, account!.UserName);
            return LocalRedirect(ReturnUrl);
        }

        Message = result switch
        {
            SignInCheck.LockedOut => t["Terlalu banyak kata sandi yang salah. Akun dikunci {0} menit; coba lagi nanti.", (int)OperatorSignIn.LockoutTime.TotalMinutes],
            SignInCheck.Disabled => t["Akun ini dinonaktifkan. Hubungi admin Diskominfo."],
            _ => t["Nama pengguna atau kata sandi salah."],
        };
        if (account is not null)
        {
            Log.OperatorSignInRefused(logger, account.UserName, result.ToString());
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>Only a local path (no scheme, no <c>//</c>, no backslash); anything else goes to the overview.</summary>
    internal static string LocalUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/";
}
