using System.Net;
using System.Security.Claims;
using KimHotspot.Central.Data;
using KimHotspot.Central.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Operators;

/// <summary>
/// Every signed-in request is checked against the account: disabled, or a new stamp (password, role), ends the
/// session. A signed-in operator without the role for a page gets a plain 403 page rather than a redirect.
/// </summary>
public sealed class OperatorCookieEvents(CentralDb db, IStringLocalizer<SharedResource> t) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(OperatorPolicies.StampClaim);
        var ok = int.TryParse(id, out var operatorId)
            && await db.Operators.AsNoTracking()
                .AnyAsync(o => o.Id == operatorId && o.SecurityStamp == stamp && !o.Disabled, context.HttpContext.RequestAborted);
        if (!ok)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(OperatorPolicies.Scheme);
        }
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status403Forbidden;
        response.ContentType = "text/html; charset=utf-8";
        var title = WebUtility.HtmlEncode(t["Akses ditolak"]);
        var text = WebUtility.HtmlEncode(t["Peran Anda tidak mengizinkan halaman ini. Hubungi admin Diskominfo bila Anda memerlukannya."]);
        var back = WebUtility.HtmlEncode(t["Kembali ke ringkasan"]);
        return response.WriteAsync(
            $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title><link rel="stylesheet" href="/css/central.css"></head>
            <body><main><section class="card"><h1>{title}</h1><p>{text}</p><p><a href="/">{back}</a></p></section></main></body></html>
            """,
            context.HttpContext.RequestAborted);
    }
}
