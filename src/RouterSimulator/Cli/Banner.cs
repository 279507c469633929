namespace KimHotspot.RouterSimulator.Cli;

/// <summary>The "listening on" lines printed at start.</summary>
internal static class Banner
{
    public static string Describe(SimulatorHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var router = host.Router;
        var options = router.Options;
        string[] lines =
        [
            $"RouterSimulator '{router.Identity}' imitating RouterOS {router.Version.Version}",
            $"  RouterOS API      {options.BindAddress}:{router.ApiPort} (user '{options.User}')",
            router.ApiSslPort == 0
                ? "  RouterOS API-SSL  off"
                : $"  RouterOS API-SSL  {options.BindAddress}:{router.ApiSslPort} (self-signed certificate)",
            host.HotspotUrl is null
                ? "  Hotspot HTTP      off"
                : $"  Hotspot HTTP      http://{options.BindAddress}:{host.HttpPort}/" +
                  (options.PortalUrl is null ? string.Empty : $" (login redirects to {options.PortalUrl})"),
            host.ControlUrl is null ? "  Control API       off" : $"  Control API       {host.ControlUrl}",
            "Press Ctrl+C to stop.",
        ];
        return string.Join(Environment.NewLine, lines);
    }
}
