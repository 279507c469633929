namespace KimHotspot.Demo.Launch;

/// <summary>Central as a process from its project folder (dashboard files): SQLite in <c>dataDirectory</c>, Redis when given.</summary>
public static class CentralLauncher
{
    /// <summary>The start description of Central (for the server, or with <paramref name="arguments"/> for a command).</summary>
    public static HostStart Describe(string root, DemoPorts ports, string dataDirectory, string logDirectory, string? redis = null, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var project = BuildOutput.Project(root, "Central");
        Directory.CreateDirectory(dataDirectory);
        var environment = new Dictionary<string, string>
        {
            ["Central__DataDirectory"] = dataDirectory,
            ["Urls"] = DemoPorts.Local(ports.Central).ToString().TrimEnd('/'),
            ["Sweeper__Interval"] = "00:00:05",
            ["Dashboard__PollInterval"] = "00:00:05", // the demo's agent reports every 10 s: let the open dashboard follow
            ["Dashboard__SlowFiguresCache"] = "00:00:10",
        };
        if (!string.IsNullOrWhiteSpace(redis))
        {
            environment["ConnectionStrings__Redis"] = redis;
        }

        var name = arguments.Length == 0 ? "Central" : "Central " + arguments[0];
        return new HostStart(name, BuildOutput.Dll(project, "KimHotspot.Central"), project, environment, arguments, logDirectory,
            ReadyUrl: arguments.Length == 0 ? DemoPorts.Local(ports.Central) : null);
    }

    /// <summary>Starts the Central server and waits until it answers.</summary>
    public static Task<HostProcess> StartAsync(
        string root, DemoPorts ports, string dataDirectory, string logDirectory, string? redis = null, CancellationToken cancellationToken = default) =>
        HostProcess.StartAsync(Describe(root, ports, dataDirectory, logDirectory, redis), cancellationToken);
}
