using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>One <c>/ip/hotspot/walled-garden</c> row: HTTP-level rule (reference §4.7).</summary>
public sealed record WalledGardenEntry
{
    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary><c>allow</c> or <c>deny</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Host pattern (<c>*</c>/<c>?</c> wildcards, or <c>:regex</c>).</summary>
    public string? DstHost { get; init; }

    /// <summary>Destination port.</summary>
    public string? DstPort { get; init; }

    /// <summary>Path pattern.</summary>
    public string? Path { get; init; }

    /// <summary>Hotspot server.</summary>
    public string? Server { get; init; }

    /// <summary>Source address.</summary>
    public string? SrcAddress { get; init; }

    /// <summary>HTTP method.</summary>
    public string? Method { get; init; }

    /// <summary>Comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Times matched.</summary>
    public long? Hits { get; init; }

    /// <summary>Disabled flag.</summary>
    public bool Disabled { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static WalledGardenEntry FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new WalledGardenEntry
        {
            Id = row.Id ?? string.Empty,
            Action = row.Text("action"),
            DstHost = row.Text("dst-host"),
            DstPort = row.Text("dst-port"),
            Path = row.Text("path"),
            Server = row.Text("server"),
            SrcAddress = row.Text("src-address"),
            Method = row.Text("method"),
            Comment = row.Text("comment"),
            Hits = row.Int64("hits"),
            Disabled = row.Flag("disabled"),
        };
    }
}
