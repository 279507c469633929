namespace KimHotspot.RouterSimulator;

/// <summary>Settings of one simulated router (FRONT parses command-line arguments into it).</summary>
public sealed class SimulatorOptions
{
    /// <summary>The <see cref="BoardName"/> of a Cloud Hosted Router (x86, no RouterBOARD).</summary>
    public const string ChrBoardName = "CHR";

    /// <summary>Address the listeners bind to.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Plain API port; 0 = ephemeral (tests).</summary>
    public int ApiPort { get; set; } = 8728;

    /// <summary>API-SSL port; 0 = off; &lt;0 = ephemeral TLS port (tests).</summary>
    public int ApiSslPort { get; set; }

    /// <summary>API user name.</summary>
    public string User { get; set; } = "admin";

    /// <summary>API password; null =&gt; Program generates one and prints it (no default passwords).</summary>
    public string? Password { get; set; }

    /// <summary>RouterOS version to imitate: "6.42", "6.49", "7.12", "7.19", ...</summary>
    public string RosVersion { get; set; } = "7.19";

    /// <summary>Hotspot HTTP front port, 0 = off, &lt;0 = ephemeral.</summary>
    public int HttpPort { get; set; }

    /// <summary>Where login.html redirects unauthenticated devices.</summary>
    public string? PortalUrl { get; set; }

    /// <summary>HTTP control API port on 127.0.0.1, 0 = off, &lt;0 = ephemeral.</summary>
    public int ControlPort { get; set; }

    /// <summary>Number of active hotspot sessions created at start.</summary>
    public int SeedSessions { get; set; }

    /// <summary>Board name shown as <c>board-name</c> (reference §5.1–5.2); default a RouterBOARD hAP ac^2.</summary>
    /// <remarks>
    /// <see cref="ChrBoardName"/> (any case) simulates a Cloud Hosted Router on x86: architecture <c>x86_64</c> and
    /// no <c>/system/routerboard</c> menu, so printing it answers the two "no such command" traps.
    /// </remarks>
    public string BoardName { get; set; } = "hAP ac^2";

    /// <summary>The router's /system/identity name.</summary>
    public string Identity { get; set; } = "KIM-Desa-Sukamaju";

    /// <summary>Hotspot hosts get addresses here; the router is .1.</summary>
    public string HotspotNetwork { get; set; } = "10.5.50.0/24";

    /// <summary>True when <see cref="BoardName"/> is <see cref="ChrBoardName"/>: x86 hardware without RouterBOARD.</summary>
    public bool IsCloudHostedRouter => string.Equals(BoardName, ChrBoardName, StringComparison.OrdinalIgnoreCase);

    /// <summary>How often synthetic traffic is added and limits are checked.</summary>
    public TimeSpan TrafficInterval { get; set; } = TimeSpan.FromSeconds(1);
}
