using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Device;

/// <summary><c>/system/resource</c> (reference §5.1). Absent fields are null.</summary>
public sealed record SystemResource
{
    /// <summary>Time since boot.</summary>
    public TimeSpan? Uptime { get; init; }

    /// <summary>Version text, e.g. <c>7.18.2 (stable)</c>.</summary>
    public string? Version { get; init; }

    /// <summary>Build time (router local time).</summary>
    public DateTime? BuildTime { get; init; }

    /// <summary>Free RAM, bytes.</summary>
    public long? FreeMemory { get; init; }

    /// <summary>Total RAM, bytes.</summary>
    public long? TotalMemory { get; init; }

    /// <summary>CPU model.</summary>
    public string? Cpu { get; init; }

    /// <summary>CPU cores.</summary>
    public int? CpuCount { get; init; }

    /// <summary>CPU clock, MHz.</summary>
    public int? CpuFrequency { get; init; }

    /// <summary>CPU load, percent.</summary>
    public int? CpuLoad { get; init; }

    /// <summary>Free storage, bytes.</summary>
    public long? FreeHddSpace { get; init; }

    /// <summary>Total storage, bytes.</summary>
    public long? TotalHddSpace { get; init; }

    /// <summary>Architecture, e.g. <c>arm64</c>.</summary>
    public string? ArchitectureName { get; init; }

    /// <summary>Board, e.g. <c>hAP ax^2</c> or <c>CHR</c>.</summary>
    public string? BoardName { get; init; }

    /// <summary>Platform, normally <c>MikroTik</c>.</summary>
    public string? Platform { get; init; }

    /// <summary>The numeric part of <see cref="Version"/> (<c>7.18.2</c>), or null.</summary>
    public Version? VersionNumber =>
        Version?.Split(' ', 2)[0] is { } v && System.Version.TryParse(v.Contains('.', StringComparison.Ordinal) ? v : v + ".0", out var parsed)
            ? parsed
            : null;

    /// <summary>Reads the row; <paramref name="reference"/> is only needed for short date forms.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static SystemResource FromRow(RouterOsRow row, DateTime? reference = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new SystemResource
        {
            Uptime = row.Duration("uptime"),
            Version = row.Text("version"),
            BuildTime = row.Date("build-time", reference),
            FreeMemory = row.Int64("free-memory"),
            TotalMemory = row.Int64("total-memory"),
            Cpu = row.Text("cpu"),
            CpuCount = row.Int32("cpu-count"),
            CpuFrequency = row.Int32("cpu-frequency"),
            CpuLoad = row.Int32("cpu-load"),
            FreeHddSpace = row.Int64("free-hdd-space"),
            TotalHddSpace = row.Int64("total-hdd-space"),
            ArchitectureName = row.Text("architecture-name"),
            BoardName = row.Text("board-name"),
            Platform = row.Text("platform"),
        };
    }
}
