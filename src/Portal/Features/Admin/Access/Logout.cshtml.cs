using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary><c>POST /admin/keluar</c>: ends the admin session (a GET only shows the menu's home).</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("~/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AdminPolicies.Scheme);
        return Redirect("~/admin/masuk");
    }
}
