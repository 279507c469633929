using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Device;

/// <summary>Uptime, clock, cpu load and memory of the simulated board.</summary>
internal sealed class DeviceState(RouterModel model)
{
    public const long TotalMemory = 268_435_456;

    private readonly Random _random = new(7);
    private long _bootTimestamp = model.Time.GetTimestamp();

    public TimeSpan Uptime => model.Time.GetElapsedTime(_bootTimestamp);

    /// <summary>False until NTP "syncs": the clock then reads 1970-01-01 plus uptime.</summary>
    public bool ClockSynced { get; set; }

    public int CpuLoad { get; private set; } = 1;

    public long FreeMemory { get; private set; } = TotalMemory - 84_000_000;

    /// <summary>Local router time (WIB, UTC+7 once synced).</summary>
    public DateTime Now => ClockSynced
        ? model.Time.GetUtcNow().UtcDateTime.AddHours(7)
        : DateTime.UnixEpoch + Uptime;

    public void Tick(int activeSessions)
    {
        CpuLoad = Math.Clamp(1 + (activeSessions / 100) + _random.Next(0, 6), 0, 100);
        FreeMemory = TotalMemory - 84_000_000 - Math.Min(120_000_000L, activeSessions * 2048L) - _random.Next(0, 1_000_000);
    }

    public void Reboot()
    {
        _bootTimestamp = model.Time.GetTimestamp();
        CpuLoad = 1;
    }
}
