using System.Net;
using System.Net.Sockets;
using KimHotspot.RouterSetup.Plan;

namespace KimHotspot.RouterSetup.Cli;

/// <summary>
/// Builds <see cref="SetupSettings"/> from an optional settings file (<c>name = value</c> lines, <c>#</c> comments,
/// the same names as the switches) overridden by switches, and checks them.
/// </summary>
internal static class SettingsReader
{
    private static readonly string[] Names =
    [
        "interface", "network", "gateway", "pool", "portal-url", "portal-address", "dns-name", "html-directory",
        "ntp-servers", "api-user", "manage-from", "disable-plain-api",
    ];

    public static SetupSettings Read(CommandLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (line["settings"] is { } file)
        {
            foreach (var raw in File.ReadAllLines(file))
            {
                string text = raw.Trim();
                if (text.Length == 0 || text[0] == '#')
                {
                    continue;
                }

                int eq = text.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new UsageException($"{file}: '{text}' is not 'name = value'");
                }

                values[text[..eq].Trim()] = text[(eq + 1)..].Trim();
            }
        }

        foreach (var name in Names.Where(line.Has))
        {
            values[name] = line[name]!;
        }

        if (values.Keys.FirstOrDefault(k => !Names.Contains(k)) is { } unknown)
        {
            throw new UsageException($"unknown setting '{unknown}'");
        }

        var d = new SetupSettings();
        var settings = new SetupSettings
        {
            Interface = values.GetValueOrDefault("interface", d.Interface),
            Network = values.GetValueOrDefault("network", d.Network),
            Gateway = values.GetValueOrDefault("gateway", d.Gateway),
            PoolRanges = values.GetValueOrDefault("pool", d.PoolRanges),
            PortalUrl = values.GetValueOrDefault("portal-url", string.Empty),
            PortalAddress = values.GetValueOrDefault("portal-address", string.Empty),
            DnsName = values.GetValueOrDefault("dns-name", d.DnsName),
            HtmlDirectory = values.GetValueOrDefault("html-directory", d.HtmlDirectory),
            NtpServers = values.GetValueOrDefault("ntp-servers", d.NtpServers),
            ApiUser = values.GetValueOrDefault("api-user", d.ApiUser),
            ManageFrom = values.GetValueOrDefault("manage-from", d.ManageFrom),
            DisablePlainApi = values.GetValueOrDefault("disable-plain-api") is "yes" or "true",
        };
        Validate(settings);
        return settings;
    }

    private static void Validate(SetupSettings s)
    {
        if (!Uri.TryCreate(s.PortalUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            throw new UsageException("--portal-url must be the Portal's https:// address");
        }

        if (!IsIPv4(s.PortalAddress))
        {
            throw new UsageException("--portal-address must be the Portal box's IPv4 address");
        }

        if (!IPNetwork.TryParse(s.Network, out var network) || network.BaseAddress.AddressFamily != AddressFamily.InterNetwork
            || !IsIPv4(s.Gateway) || !network.Contains(IPAddress.Parse(s.Gateway)))
        {
            throw new UsageException("--network must be an IPv4 network (10.5.50.0/24) that contains --gateway");
        }
    }

    private static bool IsIPv4(string text) => IPAddress.TryParse(text, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork;
}
