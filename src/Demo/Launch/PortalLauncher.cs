namespace KimHotspot.Demo.Launch;

/// <summary>The village Portal as a process from its project folder (styles), wired to the router and to Central.</summary>
public static class PortalLauncher
{
    /// <summary>Where the Portal's router and Central are.</summary>
    public sealed record Wiring(string RouterUser, string RouterPassword, string? SiteId = null, string? SiteKeyFile = null)
    {
        /// <summary>Time between pulls of city-wide bulletins.</summary>
        public TimeSpan BulletinPull { get; init; } = TimeSpan.FromMinutes(1);
    }

    /// <summary>The start description of the Portal (for the server, or with <paramref name="arguments"/> for a command).</summary>
    public static HostStart Describe(string root, DemoPorts ports, string dataDirectory, string logDirectory, Wiring wiring, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(wiring);
        var project = BuildOutput.Project(root, "Portal");
        Directory.CreateDirectory(dataDirectory);
        var environment = new Dictionary<string, string>
        {
            ["Portal__DataDirectory"] = dataDirectory,
            ["Router__Host"] = "127.0.0.1",
            ["Router__Port"] = ports.RouterApi.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Router__User"] = wiring.RouterUser,
            ["Router__Password"] = wiring.RouterPassword,
            ["Urls"] = DemoPorts.Local(ports.Portal).ToString().TrimEnd('/'),
            // Central's gateway runs on this machine: believe its X-Forwarded-* so the Portal opened from the site page
            // keeps the /sites/{id}/portal prefix. (A real box lists Central's VPN address, never the hotspot network.)
            ["Gateway__TrustedProxies__0"] = "127.0.0.1",
        };
        if (wiring.SiteId is not null && wiring.SiteKeyFile is not null)
        {
            environment["Central__Url"] = DemoPorts.Local(ports.Central).ToString();
            environment["Central__SiteId"] = wiring.SiteId;
            environment["Central__SiteKeyFile"] = wiring.SiteKeyFile;
            environment["Central__Interval"] = wiring.BulletinPull.ToString("c");
        }

        var name = arguments.Length == 0 ? "Portal" : "Portal " + arguments[0];
        return new HostStart(name, BuildOutput.Dll(project, "KimHotspot.Portal"), project, environment, arguments, logDirectory,
            ReadyUrl: arguments.Length == 0 ? DemoPorts.Local(ports.Portal, "health") : null);
    }

    /// <summary>Starts the Portal server and waits until it answers.</summary>
    public static Task<HostProcess> StartAsync(
        string root, DemoPorts ports, string dataDirectory, string logDirectory, Wiring wiring, CancellationToken cancellationToken = default) =>
        HostProcess.StartAsync(Describe(root, ports, dataDirectory, logDirectory, wiring), cancellationToken);
}
