using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Interfaces;

/// <summary>An interface with its read-only properties and 64-bit counters.</summary>
internal sealed class InterfaceRow : Row
{
    public required string DefaultName { get; init; }

    public required string Type { get; init; }

    public required string MacAddress { get; init; }

    public bool Slave { get; init; }

    public long RxByte { get; set; }

    public long TxByte { get; set; }

    public long RxPacket { get; set; }

    public long TxPacket { get; set; }

    public long RxBitsPerSecond { get; set; }

    public long TxBitsPerSecond { get; set; }

    public long RxPacketsPerSecond { get; set; }

    public long TxPacketsPerSecond { get; set; }

    public long LastRx { get; set; }

    public long LastTx { get; set; }

    public long LastRxPackets { get; set; }

    public long LastTxPackets { get; set; }

    public void Count(long rxBytes, long txBytes)
    {
        RxByte += rxBytes;
        TxByte += txBytes;
        RxPacket += Packets(rxBytes);
        TxPacket += Packets(txBytes);
    }

    public void Reset()
    {
        RxByte = TxByte = RxPacket = TxPacket = 0;
        LastRx = LastTx = LastRxPackets = LastTxPackets = 0;
        RxBitsPerSecond = TxBitsPerSecond = RxPacketsPerSecond = TxPacketsPerSecond = 0;
    }

    /// <summary>Synthetic packet count for a byte count (about 1000 bytes per packet).</summary>
    public static long Packets(long bytes) => bytes <= 0 ? 0 : (bytes + 999) / 1000;
}
