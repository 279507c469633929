using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Interfaces;

/// <summary>One <c>/interface/monitor-traffic</c> row: current rates of one interface (reference §5.4).</summary>
public sealed record InterfaceTraffic
{
    /// <summary>Interface name.</summary>
    public required string Name { get; init; }

    /// <summary>Receive rate, bits per second.</summary>
    public long? RxBitsPerSecond { get; init; }

    /// <summary>Transmit rate, bits per second.</summary>
    public long? TxBitsPerSecond { get; init; }

    /// <summary>Receive rate, packets per second.</summary>
    public long? RxPacketsPerSecond { get; init; }

    /// <summary>Transmit rate, packets per second.</summary>
    public long? TxPacketsPerSecond { get; init; }

    /// <summary>Receive drops per second.</summary>
    public long? RxDropsPerSecond { get; init; }

    /// <summary>Transmit drops per second.</summary>
    public long? TxDropsPerSecond { get; init; }

    /// <summary>Receive errors per second.</summary>
    public long? RxErrorsPerSecond { get; init; }

    /// <summary>Transmit errors per second.</summary>
    public long? TxErrorsPerSecond { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static InterfaceTraffic FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new InterfaceTraffic
        {
            Name = row.TextOrEmpty("name"),
            RxBitsPerSecond = row.Int64("rx-bits-per-second"),
            TxBitsPerSecond = row.Int64("tx-bits-per-second"),
            RxPacketsPerSecond = row.Int64("rx-packets-per-second"),
            TxPacketsPerSecond = row.Int64("tx-packets-per-second"),
            RxDropsPerSecond = row.Int64("rx-drops-per-second"),
            TxDropsPerSecond = row.Int64("tx-drops-per-second"),
            RxErrorsPerSecond = row.Int64("rx-errors-per-second"),
            TxErrorsPerSecond = row.Int64("tx-errors-per-second"),
        };
    }
}
