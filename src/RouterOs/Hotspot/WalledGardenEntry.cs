using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>One <c>/ip/hotspot/walled-garden</c> row: the HTTP-level rule plus its id, counter and state.</summary>
public sealed record WalledGardenEntry : WalledGardenRule
{
    private WalledGardenEntry(RouterOsRow row)
        : base(row)
    {
    }

    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary>Times matched.</summary>
    public long? Hits { get; init; }

    /// <summary>Disabled flag.</summary>
    public bool Disabled { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static WalledGardenEntry FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new WalledGardenEntry(row) { Id = row.Id ?? string.Empty, Hits = row.Int64("hits"), Disabled = row.Flag("disabled") };
    }
}
