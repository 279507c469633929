using KimHotspot.RouterSetup.Plan;

namespace KimHotspot.RouterSetup.Tests;

/// <summary>The example settings behind the committed deploy/routeros files and the simulator tests.</summary>
internal static class Examples
{
    public const string PortalUrl = "https://portal.kim.example";
    public const string PortalAddress = "192.168.88.2";

    /// <summary>The arguments that produce deploy/routeros/kimhotspot.rsc and login.html.</summary>
    public static readonly string[] ScriptSettings = ["--portal-url", PortalUrl, "--portal-address", PortalAddress];

    public static SetupSettings Settings { get; } = new() { PortalUrl = PortalUrl, PortalAddress = PortalAddress };

    /// <summary>The simulator's Wi-Fi bridge is <c>bridge1</c>.</summary>
    public static SetupSettings Simulator { get; } = Settings with { Interface = "bridge1" };
}
