using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Device;

/// <summary><c>/system/routerboard</c> (reference §5.2): RouterBOARD hardware and firmware.</summary>
public sealed record Routerboard
{
    /// <summary>True on RouterBOARD hardware.</summary>
    public bool IsRouterboard { get; init; }

    /// <summary>Board name.</summary>
    public string? BoardName { get; init; }

    /// <summary>Model.</summary>
    public string? Model { get; init; }

    /// <summary>Hardware revision.</summary>
    public string? Revision { get; init; }

    /// <summary>Serial number.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>Firmware type.</summary>
    public string? FirmwareType { get; init; }

    /// <summary>Factory firmware version.</summary>
    public string? FactoryFirmware { get; init; }

    /// <summary>Running firmware version.</summary>
    public string? CurrentFirmware { get; init; }

    /// <summary>Firmware available for upgrade.</summary>
    public string? UpgradeFirmware { get; init; }

    /// <summary>Reads the row; missing fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static Routerboard FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Routerboard
        {
            IsRouterboard = row.Flag("routerboard"),
            BoardName = row.Text("board-name"),
            Model = row.Text("model"),
            Revision = row.Text("revision"),
            SerialNumber = row.Text("serial-number"),
            FirmwareType = row.Text("firmware-type"),
            FactoryFirmware = row.Text("factory-firmware"),
            CurrentFirmware = row.Text("current-firmware"),
            UpgradeFirmware = row.Text("upgrade-firmware"),
        };
    }
}
