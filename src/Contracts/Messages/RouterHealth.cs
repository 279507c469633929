namespace KimHotspot.Contracts.Messages;

/// <summary>
/// The router's state. When the API is unreachable only <paramref name="ApiReachable"/> (false)
/// is meaningful; the figures are null and <paramref name="Interfaces"/> is empty.
/// </summary>
/// <param name="Identity">The router's system identity.</param>
/// <param name="Board">Board name.</param>
/// <param name="Version">RouterOS version.</param>
/// <param name="UptimeSeconds">Router uptime in seconds.</param>
/// <param name="Rebooted">True when the uptime went back since the previous sample.</param>
/// <param name="CpuLoadPercent">CPU load, 0–100.</param>
/// <param name="MemoryFreeBytes">Free memory.</param>
/// <param name="MemoryTotalBytes">Total memory.</param>
/// <param name="StorageFreeBytes">Free storage.</param>
/// <param name="StorageTotalBytes">Total storage.</param>
/// <param name="RouterClock">The router's clock as read.</param>
/// <param name="RouterClockSynced">Whether the router says its clock is NTP-synced.</param>
/// <param name="ApiReachable">Whether the RouterOS API answered.</param>
/// <param name="ApiRttMs">Round trip of a trivial API command, in milliseconds.</param>
/// <param name="Interfaces">Per-interface byte deltas since the previous sample.</param>
public sealed record RouterHealth(
    string? Identity,
    string? Board,
    string? Version,
    long? UptimeSeconds,
    bool Rebooted,
    int? CpuLoadPercent,
    long? MemoryFreeBytes,
    long? MemoryTotalBytes,
    long? StorageFreeBytes,
    long? StorageTotalBytes,
    DateTimeOffset? RouterClock,
    bool RouterClockSynced,
    bool ApiReachable,
    int? ApiRttMs,
    IReadOnlyList<InterfaceTraffic> Interfaces) : ReportBody
{
    /// <summary>The <c>"kind"</c> discriminator value.</summary>
    public const string Kind = "routerHealth";
}
