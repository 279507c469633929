using System.Globalization;
using System.Net.Http.Json;

namespace KimHotspot.Demo.Launch;

/// <summary>The RouterOS simulator as a process (its own CLI): API, hotspot front and control API on loopback.</summary>
public static class SimulatorLauncher
{
    /// <summary>Starts the simulator with <paramref name="seedSessions"/> phones online, its login page sending residents to <paramref name="portalUrl"/>.</summary>
    public static Task<HostProcess> StartAsync(
        string root, DemoPorts ports, string apiUser, string apiPassword, Uri portalUrl, string logDirectory,
        int seedSessions = 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(portalUrl);
        var project = BuildOutput.Project(root, "RouterSimulator");
        string[] arguments =
        [
            "--api-port", Text(ports.RouterApi), "--http-port", Text(ports.Hotspot), "--control-port", Text(ports.Control),
            "--user", apiUser, "--password", apiPassword, "--portal-url", portalUrl.ToString(), "--seed-sessions", Text(seedSessions),
        ];
        var start = new HostStart("Simulator", BuildOutput.Dll(project, "KimHotspot.RouterSimulator"), project,
            new Dictionary<string, string>(), arguments, logDirectory, ReadyUrl: DemoPorts.Local(ports.Control, "router"));
        return HostProcess.StartAsync(start, cancellationToken);
    }

    /// <summary>A device joins the hotspot through the control API (e.g. this machine's browser as a phone at 127.0.0.1).</summary>
    public static async Task JoinDeviceAsync(DemoPorts ports, string mac, string ip, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ports);
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(DemoPorts.Local(ports.Control, "devices"), new { mac, ip }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The simulator refused the device {mac} at {ip}: {(int)response.StatusCode} "
                + await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
