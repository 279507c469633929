using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Portal.Router;

/// <summary>Section <c>Router</c>: the village MikroTik the Portal logs devices into.</summary>
public sealed class RouterOptions
{
    public const string Section = "Router";

    /// <summary>Router address as seen from the Portal.</summary>
    [Required]
    public string Host { get; set; } = string.Empty;

    /// <summary>API port; default 8728, or 8729 with <see cref="UseTls"/>.</summary>
    [Range(1, 65535)]
    public int? Port { get; set; }

    /// <summary>API user (a least-privilege group is enough: read, write, api).</summary>
    [Required]
    public string User { get; set; } = string.Empty;

    /// <summary>API password: from the environment (<c>Router__Password</c>) or a secrets file, never from appsettings in git.</summary>
    [Required]
    public string Password { get; set; } = string.Empty;

    /// <summary>Use API-SSL (8729).</summary>
    public bool UseTls { get; set; }

    /// <summary>SHA-256 thumbprint of the router's self-signed API-SSL certificate.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>How devices are logged in: through the API (default) or by the resident's browser posting to the router.</summary>
    public RouterLoginMode LoginMode { get; set; } = RouterLoginMode.Api;

    /// <summary>Time allowed for one router command.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(8);
}

/// <summary>How the Portal gets a device logged in on the router.</summary>
public enum RouterLoginMode
{
    /// <summary><c>/ip/hotspot/active/login</c> with the device's ip and mac (architecture: "the router enforces, KimHotspot decides").</summary>
    Api,

    /// <summary>Fallback for routers without API access: the resident's browser posts to <c>link-login-only</c> (PAP or CHAP).</summary>
    BrowserPost,
}
