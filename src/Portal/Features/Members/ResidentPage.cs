using KimHotspot.Portal.Features.Login;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Portal.Features.Members;

/// <summary>
/// Base of the resident pages that log a device in (member, voucher, trial, register): the posted
/// attempt id, the stored attempt it names, a message, and what to do with a <see cref="LoginOutcome"/>.
/// </summary>
/// <remarks>
/// Their forms are bound to the login attempt instead of an antiforgery token (docs/adr/0003): a post must name
/// its attempt in the form (never through the cookie), and the attempt id is an unguessable secret that only the
/// device's own redirect carried, so a forged cross-site post cannot name one.
/// </remarks>
[IgnoreAntiforgeryToken]
public abstract class ResidentPage : PageModel
{
    /// <summary>The attempt id from the query (?a=) or the form's hidden field.</summary>
    [BindProperty(SupportsGet = true, Name = "a")]
    public string? AttemptId { get; set; }

    /// <summary>The stored attempt (its MAC and IP are the only ones ever used), or null when unknown/expired.</summary>
    public LoginAttempt? Attempt { get; protected set; }

    /// <summary>A message for the resident (already localized).</summary>
    public string? Message { get; protected set; }

    /// <summary>True when <see cref="Message"/> reports success rather than a problem.</summary>
    public bool MessageIsGood { get; protected set; }

    protected async Task<bool> LoadAttemptAsync(LoginAttempts attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        // A post names its attempt explicitly; falling back to the cookie would let a cross-site post ride it.
        Attempt = HttpMethods.IsPost(Request.Method) && string.IsNullOrEmpty(AttemptId)
            ? null
            : await attempts.FindAsync(AttemptId, HttpContext, HttpContext.RequestAborted);
        return Attempt is not null;
    }

    /// <summary>Redirect → 302; RouterPost → the shared post-back form; Failed → the message, attempt kept.</summary>
    protected IActionResult Act(LoginOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.ToResult(this) ?? Show(((LoginOutcome.Failed)outcome).Message);
    }

    protected IActionResult Show(string message)
    {
        Message = message;
        return Page();
    }
}
