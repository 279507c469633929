using KimHotspot.RouterOs.Connection;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// Section <c>Router</c> as configuration sees it: the bindable keys of <see cref="RouterOsConnectionOptions"/>
/// (its clock, logger and encoding are set in code, not configured) plus the short <c>User</c> the Portal uses.
/// Bound by generated code, so it works in the native AOT build.
/// </summary>
internal sealed class RouterSection
{
    private static readonly RouterOsConnectionOptions Defaults = new();

    public string Host { get; set; } = Defaults.Host;

    public int? Port { get; set; } = Defaults.Port;

    /// <summary>The API user; wins over <see cref="UserName"/>.</summary>
    public string? User { get; set; }

    public string UserName { get; set; } = Defaults.UserName;

    public string Password { get; set; } = Defaults.Password;

    public bool UseTls { get; set; } = Defaults.UseTls;

    public string? CertificateThumbprint { get; set; } = Defaults.CertificateThumbprint;

    public TimeSpan ConnectTimeout { get; set; } = Defaults.ConnectTimeout;

    public TimeSpan LoginTimeout { get; set; } = Defaults.LoginTimeout;

    public TimeSpan CommandTimeout { get; set; } = Defaults.CommandTimeout;

    public int MaxWordBytes { get; set; } = Defaults.MaxWordBytes;

    public void ApplyTo(RouterOsConnectionOptions o)
    {
        o.Host = Host;
        o.Port = Port;
        o.UserName = User ?? UserName;
        o.Password = Password;
        o.UseTls = UseTls;
        o.CertificateThumbprint = CertificateThumbprint;
        o.ConnectTimeout = ConnectTimeout;
        o.LoginTimeout = LoginTimeout;
        o.CommandTimeout = CommandTimeout;
        o.MaxWordBytes = MaxWordBytes;
    }
}
