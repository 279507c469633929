namespace KimHotspot.Demo.Launch;

/// <summary>The RouterAgent as a process: polls the router and the Portal, uploads signed batches to Central.</summary>
public static class AgentLauncher
{
    /// <summary>Starts the agent for <paramref name="siteId"/> (key in <paramref name="siteKeyFile"/>), sampling and uploading every <paramref name="interval"/>.</summary>
    public static Task<HostProcess> StartAsync(
        string root, DemoPorts ports, string routerUser, string routerPassword, string siteId, string siteKeyFile,
        string dataDirectory, string logDirectory, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var project = BuildOutput.Project(root, "RouterAgent");
        Directory.CreateDirectory(dataDirectory);
        var every = interval.ToString("c");
        var environment = new Dictionary<string, string>
        {
            ["Router__Host"] = "127.0.0.1",
            ["Router__Port"] = ports.RouterApi.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Router__User"] = routerUser,
            ["Router__Password"] = routerPassword,
            ["Site__Id"] = siteId,
            ["Site__KeyFile"] = siteKeyFile,
            ["Central__Url"] = DemoPorts.Local(ports.Central).ToString(),
            ["Central__Interval"] = every,
            ["Collect__RouterInterval"] = every,
            ["Collect__HotspotInterval"] = every,
            ["Collect__PortalInterval"] = every,
            ["Collect__AgentInterval"] = every,
            ["Collect__PortalHealthUrl"] = DemoPorts.Local(ports.Portal, "health").ToString(),
            ["Outbox__Directory"] = dataDirectory,
        };
        var start = new HostStart("Agent", BuildOutput.Dll(project, "KimHotspot.RouterAgent"), project, environment, [], logDirectory,
            ReadyText: "Application started");
        return HostProcess.StartAsync(start, cancellationToken);
    }
}
