using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Village;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// The splash page <c>/</c> (also <c>/hs</c>, the address for the router's <c>login.html</c>). A visit carrying
/// the router variables (GET query or POST form) is stored as a login attempt and redirected to <c>/?a=id</c>
/// (post/redirect/get); a visit with a live attempt shows the village, the bulletins and the ways in; anything
/// else gets a friendly explanation.
/// </summary>
[IgnoreAntiforgeryToken] // the router's login.html posts here and cannot carry a token; this handler only stores router context
public sealed class SplashModel(LoginAttempts attempts, PublicContent content, ILogger<SplashModel> logger) : PageModel
{
    /// <summary>Every splash answer: the page carries a device's attempt id, so no cache may keep it.</summary>
    public const string CacheControl = "no-cache, no-store";

    public LoginAttempt? Attempt { get; private set; }

    public VillageSettings Village { get; private set; } = new();

    public IReadOnlyList<Bulletin> Bulletins { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? a, CancellationToken cancellationToken)
    {
        if (RouterVariables.Present(Request.Query))
        {
            return await CaptureAsync(RouterVariables.Read(Request.Query), seeOther: false, cancellationToken);
        }

        Response.Headers.CacheControl = CacheControl;
        Attempt = await attempts.FindAsync(a, HttpContext, cancellationToken);
        Village = await content.VillageAsync(cancellationToken);
        Bulletins = await content.BulletinsAsync(includeMembers: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var form = Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        return await CaptureAsync(form is null ? null : RouterVariables.Read(form), seeOther: true, cancellationToken);
    }

    private async Task<IActionResult> CaptureAsync(LoginAttempt? fromRouter, bool seeOther, CancellationToken cancellationToken)
    {
        if (fromRouter is null)
        {
            // Router context that does not make sense (bad MAC or IP): the friendly explanation.
            Village = await content.VillageAsync(cancellationToken);
            return Page();
        }

        var attempt = await attempts.CaptureAsync(fromRouter, HttpContext, cancellationToken);
        Log.AttemptCaptured(logger, attempt.Id);
        var url = Request.PathBase + "/?a=" + Uri.EscapeDataString(attempt.Id);
        if (!seeOther)
        {
            return Redirect(url);
        }

        Response.Headers.Location = url;
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
