using KimHotspot.Central.Operators;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Central.Features.Account;

/// <summary><c>/keluar</c>: signs out with a POST (the layout's button); a GET shows the button only.</summary>
public sealed class LogoutModel(ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.Name is { } name)
        {
            Log.OperatorSignedOut(logger, name);
        }

        await HttpContext.SignOutAsync(OperatorPolicies.Scheme);
        return LocalRedirect(OperatorsFeature.LoginPath);
    }
}
