using System.Globalization;

namespace KimHotspot.RouterAgent.Tests.Faults;

/// <summary>The agent's whole configuration as environment variables (the way a systemd unit or container gives it).</summary>
public sealed class AgentSetup(int routerPort, Uri central, string outboxDirectory)
{
    public const string RouterPassword = "kill-test-router";

    /// <summary>
    /// Fast polls and small batches, so every life of the agent writes reports and uploads several batches. While
    /// <paramref name="draining"/>, router, hotspot and Portal are sampled once at start and only the agent's own
    /// health every second, so the outbox can run empty (its health report then says depth 0).
    /// </summary>
    public Dictionary<string, string> Environment(bool draining)
    {
        var poll = draining ? "01:00:00" : "00:00:01";
        return new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Router__Host"] = "127.0.0.1",
            ["Router__Port"] = routerPort.ToString(CultureInfo.InvariantCulture),
            ["Router__User"] = "admin",
            ["Router__Password"] = RouterPassword,
            ["Router__CommandTimeout"] = "00:00:10",
            ["Site__Id"] = FaultReceiver.SiteId,
            ["Site__Key"] = FaultReceiver.Key,
            ["Site__ClockSync"] = "Synced",
            ["Central__Url"] = central.AbsoluteUri,
            ["Central__Interval"] = "00:00:01",
            ["Central__BatchSize"] = "4",
            ["Central__MaxBatchesPerCycle"] = "3",
            ["Central__BacklogPause"] = "00:00:00.100",
            ["Central__BaseBackoff"] = "00:00:00.200",
            ["Central__MaxBackoff"] = "00:00:02",
            ["Central__RequestTimeout"] = "00:00:20",
            ["Collect__RouterInterval"] = poll,
            ["Collect__HotspotInterval"] = poll,
            ["Collect__PortalInterval"] = poll,
            ["Collect__AgentInterval"] = "00:00:01",
            ["Collect__PortalHealthUrl"] = new Uri(central, "health").AbsoluteUri,
            ["Collect__PortalTimeout"] = "00:00:05",
            ["Outbox__Directory"] = outboxDirectory,
        };
    }
}
