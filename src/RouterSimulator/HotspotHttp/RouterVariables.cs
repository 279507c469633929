namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>
/// The variables a customised login.html hands to an external portal (reference §6.3 step 2), in
/// the order the reference lists them. CHAP values are octal-escaped text (§6.4).
/// </summary>
internal static class RouterVariables
{
    public static IReadOnlyList<KeyValuePair<string, string>> ForLogin(
        SimulatedRouter router, HostInfo host, FrontLinks links, LoginContext login)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(login);
        var chap = router.NewChapChallenge(host.Address);
        return
        [
            new("mac", host.MacAddress),
            new("ip", host.Address),
            new("username", login.Username ?? string.Empty),
            new("link-login", links.Login(login.Destination)),
            new("link-login-only", links.LoginOnly),
            new("link-orig", login.Destination ?? string.Empty),
            new("error", login.Error ?? string.Empty),
            new("chap-id", ChapText.Escape([chap.Id])),
            new("chap-challenge", ChapText.Escape(chap.Challenge)),
            new("server-name", host.Server),
            new("identity", router.Identity),
            new("trial", "yes"),
        ];
    }

    /// <summary>Appends the variables as a URL-escaped query to <paramref name="baseUrl"/>.</summary>
    public static string AppendQuery(string baseUrl, IEnumerable<KeyValuePair<string, string>> variables)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(variables);
        var query = string.Join('&', variables.Select(v =>
            Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));
        int hash = baseUrl.IndexOf('#', StringComparison.Ordinal);
        string fragment = hash >= 0 ? baseUrl[hash..] : string.Empty;
        string head = hash >= 0 ? baseUrl[..hash] : baseUrl;
        char separator = head.Contains('?', StringComparison.Ordinal)
            ? (head.EndsWith('?') || head.EndsWith('&') ? '\0' : '&')
            : '?';
        return separator == '\0' ? head + query + fragment : head + separator + query + fragment;
    }
}

/// <summary>What the login page is rendered for: original destination, last error, attempted user.</summary>
internal sealed record LoginContext(string? Destination, string? Error, string? Username);
