using KimHotspot.RouterOs.Protocol;
using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterOs.Connection;

/// <summary>
/// Where and how to reach a router's API service, with the timeouts of each phase
/// (reference §2.5: connect, login and per-command timeouts are separate).
/// </summary>
public sealed class RouterOsConnectionOptions
{
    /// <summary>Plain API port (<c>api</c> service).</summary>
    public const int DefaultPort = 8728;

    /// <summary>TLS API port (<c>api-ssl</c> service).</summary>
    public const int DefaultTlsPort = 8729;

    /// <summary>Router host name or IP address.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>TCP port; null means 8728, or 8729 when <see cref="UseTls"/> is set.</summary>
    public int? Port { get; set; }

    /// <summary>API user name.</summary>
    public string UserName { get; set; } = "admin";

    /// <summary>API password (never logged).</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>Use API-SSL (TLS 1.2 or later). The router needs a certificate on <c>api-ssl</c> (reference §1.9).</summary>
    public bool UseTls { get; set; }

    /// <summary>
    /// Pins the router's (usually self-signed) certificate by its SHA-256 (64 hex digits) or SHA-1
    /// (40 hex digits) thumbprint; colons and spaces are ignored. Without a pin the certificate must
    /// pass normal chain and host-name validation.
    /// </summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>Time allowed for the TCP connect, and again for the TLS handshake. Default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for the whole login exchange. Default 10 s.</summary>
    public TimeSpan LoginTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Time a command may wait for its next reply sentence before it is cancelled on the router and
    /// fails as timed out. Default 30 s; <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// Not applied to streaming commands.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest word accepted from the router; a longer one is a protocol error.</summary>
    public int MaxWordBytes { get; set; } = SentenceReader.DefaultMaxWordBytes;

    /// <summary>How words are encoded and decoded (UTF-8 with a Latin-1 fallback by default).</summary>
    public WordEncoding Encoding { get; set; } = WordEncoding.Default;

    /// <summary>Clock for timeouts; <see cref="System.TimeProvider.System"/> when null.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Logging; nothing is logged when null.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The port actually used.</summary>
    public int EffectivePort => Port ?? (UseTls ? DefaultTlsPort : DefaultPort);

    /// <summary>Checks the options and throws <see cref="ArgumentException"/> for invalid values.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new ArgumentException("Host is required.", nameof(Host));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(EffectivePort, 1, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(EffectivePort, 65535, nameof(Port));
        ArgumentException.ThrowIfNullOrEmpty(UserName, nameof(UserName));
        ArgumentNullException.ThrowIfNull(Password, nameof(Password));
        ArgumentNullException.ThrowIfNull(Encoding, nameof(Encoding));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxWordBytes, nameof(MaxWordBytes));
        CheckTimeout(ConnectTimeout, nameof(ConnectTimeout));
        CheckTimeout(LoginTimeout, nameof(LoginTimeout));
        CheckTimeout(CommandTimeout, nameof(CommandTimeout));
        if (CertificateThumbprint is not null)
        {
            _ = CertificatePin.Parse(CertificateThumbprint);
        }
    }

    private static void CheckTimeout(TimeSpan value, string name)
    {
        if (value != Timeout.InfiniteTimeSpan && value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "A timeout must be positive or Timeout.InfiniteTimeSpan.");
        }
    }
}
