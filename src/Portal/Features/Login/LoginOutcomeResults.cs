using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace KimHotspot.Portal.Features.Login;

/// <summary>Turns a <see cref="LoginOutcome"/> into what a page handler returns.</summary>
public static class LoginOutcomeResults
{
    /// <summary>The shared page that renders a <see cref="LoginOutcome.RouterPost"/> as a form.</summary>
    public const string RouterPostView = "/Features/Shared/_RouterPost.cshtml";

    /// <summary>
    /// A redirect, or the router-post page; null for <see cref="LoginOutcome.Failed"/> (the page shows
    /// <see cref="LoginOutcome.Failed.Message"/> itself, with a retry).
    /// </summary>
    public static IActionResult? ToResult(this LoginOutcome outcome, PageModel page)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(page);
        return outcome switch
        {
            LoginOutcome.Redirect r => new RedirectResult(r.Url),
            LoginOutcome.RouterPost p => new PartialViewResult
            {
                ViewName = RouterPostView,
                ViewData = new ViewDataDictionary<LoginOutcome.RouterPost>(page.ViewData, p),
            },
            _ => null,
        };
    }
}
