namespace KimHotspot.Contracts.Messages;

/// <summary>Bytes through one router interface since the previous sample (exact across counter resets).</summary>
/// <param name="Name">Interface name on the router.</param>
/// <param name="RxBytes">Bytes received in the interval.</param>
/// <param name="TxBytes">Bytes sent in the interval.</param>
public sealed record InterfaceTraffic(string Name, long RxBytes, long TxBytes);
