namespace KimHotspot.RouterOs.Values;

/// <summary>The burst part of a <see cref="RateLimit"/>, in the router's view (rx = client upload).</summary>
/// <param name="RxRate">Burst rate for client upload, bits per second.</param>
/// <param name="TxRate">Burst rate for client download, bits per second.</param>
/// <param name="RxThreshold">Upload average below which bursting is allowed, bits per second.</param>
/// <param name="TxThreshold">Download average below which bursting is allowed, bits per second.</param>
/// <param name="RxTime">Averaging window for upload bursts (default 1 s).</param>
/// <param name="TxTime">Averaging window for download bursts (default 1 s).</param>
public sealed record RateLimitBurst(long RxRate, long TxRate, long RxThreshold, long TxThreshold, TimeSpan RxTime, TimeSpan TxTime);
