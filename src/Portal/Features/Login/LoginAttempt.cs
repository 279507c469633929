namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// The router context of one device's way in, kept server-side for a short while, so a captive
/// mini-browser that closes or drops cookies does not lose it. Identified by a random <see cref="Id"/>
/// carried in the page's URL and forms.
/// </summary>
public sealed class LoginAttempt
{
    /// <summary>Random, URL-safe, unguessable.</summary>
    public string Id { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Device MAC as the router reported it (upper-case colon form).</summary>
    public string MacAddress { get; set; } = string.Empty;

    /// <summary>Device IPv4 as the router reported it.</summary>
    public string IpAddress { get; set; } = string.Empty;

    /// <summary>Router's <c>$(link-login-only)</c>, for the browser-post fallback.</summary>
    public string? LinkLoginOnly { get; set; }

    /// <summary>Router's <c>$(link-orig)</c>: where the device wanted to go.</summary>
    public string? LinkOrig { get; set; }

    /// <summary>Router's CHAP id and challenge as received (octal-escaped text), for the fallback.</summary>
    public string? ChapId { get; set; }

    public string? ChapChallenge { get; set; }

    public string? ServerName { get; set; }

    public string? RouterIdentity { get; set; }

    /// <summary>When the device was logged in through this attempt.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>How: "member", "remembered", "voucher", "trial".</summary>
    public string? Method { get; set; }
}
