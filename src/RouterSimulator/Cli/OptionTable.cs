using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace KimHotspot.RouterSimulator.Cli;

/// <summary>One setter per command-line option; a setter returns an error text or null.</summary>
internal static partial class OptionTable
{
    public static readonly IReadOnlyDictionary<string, Func<SimulatorOptions, string, string?>> Setters =
        new Dictionary<string, Func<SimulatorOptions, string, string?>>(StringComparer.Ordinal)
        {
            ["--api-port"] = (o, v) => Port(v, p => o.ApiPort = p),
            ["--api-ssl-port"] = (o, v) => Port(v, p => o.ApiSslPort = p),
            ["--http-port"] = (o, v) => Port(v, p => o.HttpPort = p),
            ["--control-port"] = (o, v) => Port(v, p => o.ControlPort = p),
            ["--user"] = (o, v) => NonEmpty(v, "user name", s => o.User = s),
            ["--password"] = (o, v) => NonEmpty(v, "password", s => o.Password = s),
            ["--identity"] = (o, v) => NonEmpty(v, "identity", s => o.Identity = s),
            ["--board"] = (o, v) => NonEmpty(v, "board name", s => o.BoardName = s),
            ["--ros-version"] = (o, v) => RosVersion(v, s => o.RosVersion = s),
            ["--portal-url"] = (o, v) => PortalUrl(v, s => o.PortalUrl = s),
            ["--seed-sessions"] = (o, v) => SeedSessions(v, n => o.SeedSessions = n),
            ["--bind"] = (o, v) => Bind(v, s => o.BindAddress = s),
        };

    public const int MaxSeedSessions = 10_000;

    private static string? Port(string value, Action<int> set)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            return $"'{value}' is not a TCP port (0-65535)";
        }

        set(port);
        return null;
    }

    private static string? NonEmpty(string value, string what, Action<string> set)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"the {what} cannot be empty";
        }

        set(value);
        return null;
    }

    private static string? RosVersion(string value, Action<string> set)
    {
        var match = VersionPattern().Match(value);
        if (!match.Success)
        {
            return $"'{value}' is not a RouterOS version like 6.42, 6.49, 7.12 or 7.19";
        }

        string major = match.Groups[1].Value;
        if (major is not ("6" or "7"))
        {
            return $"RouterOS {value} is not simulated (versions 6.x and 7.x are)";
        }

        set(value);
        return null;
    }

    private static string? PortalUrl(string value, Action<string> set)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{value}' is not an absolute http:// or https:// URL";
        }

        set(value);
        return null;
    }

    private static string? SeedSessions(string value, Action<int> set)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n > MaxSeedSessions)
        {
            return $"'{value}' is not a number of sessions (0-{MaxSeedSessions})";
        }

        set(n);
        return null;
    }

    private static string? Bind(string value, Action<string> set)
    {
        if (!IPAddress.TryParse(value, out var address) ||
            address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork ||
            value.Count(c => c == '.') != 3)
        {
            return $"'{value}' is not an IPv4 address (e.g. 127.0.0.1 or 0.0.0.0)";
        }

        set(address.ToString());
        return null;
    }

    [GeneratedRegex(@"^([0-9]+)\.([0-9]+)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
