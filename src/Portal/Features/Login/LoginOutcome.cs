namespace KimHotspot.Portal.Features.Login;

/// <summary>What happened when the Portal tried to get a device online.</summary>
public abstract record LoginOutcome
{
    /// <summary>Online: send the browser to <paramref name="Url"/> (a validated original destination, or the status page).</summary>
    public sealed record Redirect(string Url) : LoginOutcome;

    /// <summary>Fallback mode: the browser must post these fields to the router's <c>link-login-only</c>.</summary>
    public sealed record RouterPost(string Action, IReadOnlyDictionary<string, string> Fields) : LoginOutcome;

    /// <summary>Not online. <paramref name="Message"/> is for the resident (localized); the attempt is kept for a retry.</summary>
    public sealed record Failed(string Message, bool CanRetry) : LoginOutcome;
}
