using KimHotspot.RouterSimulator.Device;
using KimHotspot.RouterSimulator.Hotspot;
using KimHotspot.RouterSimulator.Interfaces;
using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterSimulator.Model;

/// <summary>
/// The router's state: every menu, the hotspot, interfaces and system info. One lock (<see cref="Gate"/>)
/// guards all of it; the API, the traffic ticker and the control facade take it for each operation.
/// </summary>
internal sealed class RouterModel
{
    private readonly Dictionary<string, Menu> _menus = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal) { string.Empty };

    public RouterModel(SimulatorOptions options, TimeProvider time, ILogger logger)
    {
        Options = options;
        Time = time;
        Logger = logger;
        Profile = VersionProfiles.Parse(options.RosVersion);
        Format = new ValueFormat(Profile);
        Identity = Wire.FromText(options.Identity);
        Device = new DeviceState(this);
        Interfaces = new InterfaceTable(this);
        Register(Interfaces);
        Hotspot = new HotspotEngine(this);
        DeviceMenus.Register(this);
        Setup.SetupMenus.Register(this);
    }

    public object Gate { get; } = new();

    public SimulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    public VersionProfile Profile { get; }

    public ValueFormat Format { get; }

    /// <summary>The /system/identity name (byte string).</summary>
    public string Identity { get; set; }

    public DeviceState Device { get; }

    public InterfaceTable Interfaces { get; }

    public HotspotEngine Hotspot { get; }

    /// <summary>When true (default) every tick adds synthetic traffic to sessions and interfaces.</summary>
    public bool SyntheticTraffic { get; set; } = true;

    public void Register(Menu menu)
    {
        _menus[menu.Path] = menu;
        var path = menu.Path;
        while (path.Length > 0)
        {
            _directories.Add(path);
            path = path[..path.LastIndexOf('/')];
        }
    }

    public Menu? FindMenu(string path) => _menus.GetValueOrDefault(path);

    /// <summary>True when <paramref name="path"/> is a menu or leads to one (<c>/ip</c>, <c>/ip/hotspot</c>).</summary>
    public bool IsDirectory(string path) => _directories.Contains(path);

    public bool ReferenceExists(string path, string key) => FindMenu(path) is Table t && t.FindByKey(key) is not null;

    /// <summary>One traffic tick: synthetic bytes, rates, cpu load, hotspot limits.</summary>
    public void Tick(TimeSpan elapsed)
    {
        Hotspot.Tick(elapsed);
        Interfaces.Tick(elapsed, SyntheticTraffic);
        Device.Tick(Hotspot.Active.Rows.Count);
    }

    /// <summary>What a reboot forgets: uptime, sessions, hosts, counters.</summary>
    public void Reboot()
    {
        Hotspot.Reboot();
        Interfaces.ResetCounters();
        Device.Reboot();
    }
}
