using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Device;

/// <summary>
/// /system/resource, /system/identity, /system/clock and /system/routerboard (reference §5.1–5.2); a CHR board
/// (<see cref="SimulatorOptions.IsCloudHostedRouter"/>) has no /system/routerboard.
/// </summary>
internal static class DeviceMenus
{
    private static readonly DateTime BuildTime = new(2025, 6, 1, 12, 11, 25, DateTimeKind.Utc);

    public static void Register(RouterModel model)
    {
        model.Register(new SingletonMenu("/system/resource", () => Resource(model)));
        model.Register(new SingletonMenu("/system/identity", () => new RowView { { "name", model.Identity } },
            request => model.Identity = request.Require("name")));
        model.Register(new SingletonMenu("/system/clock", () => Clock(model), _ => { }));
        if (!model.Options.IsCloudHostedRouter)
        {
            // Absent on x86/CHR: the dispatcher then answers the unknown-menu traps (reference §5.2).
            model.Register(new SingletonMenu("/system/routerboard", () => Routerboard(model)));
        }
    }

    private static RowView Resource(RouterModel model)
    {
        var d = model.Device;
        bool chr = model.Options.IsCloudHostedRouter;
        var view = new RowView
        {
            { "uptime", Durations.Format(d.Uptime) },
            { "version", VersionProfiles.Display(model.Options.RosVersion) },
            { "build-time", model.Format.DateTime(BuildTime) },
        };
        if (!model.Profile.Version.StartsWith('6'))
        {
            view.Add("factory-software", "7.1");
        }

        view.Add("free-memory", ValueFormat.Number(d.FreeMemory));
        view.Add("total-memory", ValueFormat.Number(DeviceState.TotalMemory));
        view.Add("cpu", chr ? "Intel(R) Xeon(R) CPU" : "ARM");
        view.Add("cpu-count", "4");
        view.Add("cpu-frequency", "716");
        view.Add("cpu-load", ValueFormat.Number(d.CpuLoad));
        view.Add("free-hdd-space", "86552576");
        view.Add("total-hdd-space", "134217728");
        view.Add("write-sect-since-reboot", "1024");
        view.Add("write-sect-total", "402611");
        view.Add("bad-blocks", "0");
        view.Add("architecture-name", chr ? "x86_64" : "arm");
        view.Add("board-name", chr ? SimulatorOptions.ChrBoardName : Wire.FromText(model.Options.BoardName));
        view.Add("platform", "MikroTik");
        return view;
    }

    private static RowView Clock(RouterModel model)
    {
        var now = model.Device.Now;
        return new RowView
        {
            { "time", now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) },
            { "date", model.Format.Date(now) },
            { "time-zone-autodetect", model.Format.Bool(true) },
            { "time-zone-name", "Asia/Jakarta" },
            { "gmt-offset", "+07:00" },
            { "dst-active", model.Format.Bool(false) },
        };
    }

    private static RowView Routerboard(RouterModel model)
    {
        var version = VersionProfiles.Label(model.Options.RosVersion);
        return new RowView
        {
            { "routerboard", model.Format.Bool(true) },
            { "board-name", Wire.FromText(model.Options.BoardName) },
            { "model", "RBD52G-5HacD2HnD" },
            { "revision", "r2" },
            { "serial-number", "D4E50C2F1A7B" },
            { "firmware-type", "ipq4000L" },
            { "factory-firmware", "6.45.9" },
            { "current-firmware", version },
            { "upgrade-firmware", version },
        };
    }
}
