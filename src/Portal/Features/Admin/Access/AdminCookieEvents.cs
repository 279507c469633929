using System.Security.Claims;
using KimHotspot.Portal.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// Checks every signed-in request against the account: a disabled account, or a changed password, role or
/// second factor (new security stamp), ends the session at once.
/// </summary>
public sealed class AdminCookieEvents(PortalDb db) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(AdminPolicies.StampClaim);
        var ok = int.TryParse(id, out var accountId)
            && await db.AdminAccounts.AsNoTracking()
                .AnyAsync(a => a.Id == accountId && a.SecurityStamp == stamp && a.DisabledAt == null, context.HttpContext.RequestAborted);
        if (!ok)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AdminPolicies.Scheme);
        }
    }
}
