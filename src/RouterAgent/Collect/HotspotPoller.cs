using KimHotspot.Contracts.Messages;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Device;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// One poll of the hotspot → a <see cref="HotspotUsage"/> body for the interval since the previous
/// successful poll (see <see cref="HotspotLedger"/> for how bytes stay exact). A failed poll changes
/// nothing, so the next successful one covers the missed time. Device hashes are salted SHA-256 of the
/// MAC; raw MACs never leave this class. One poll at a time (not thread-safe).
/// </summary>
public sealed class HotspotPoller
{
    private readonly IRouterOsApi _api;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HotspotPollerOptions _options;
    private readonly RebootDetector _reboots;
    private readonly HotspotLedger _ledger;
    private readonly DeviceHashes _devices;
    private DateTimeOffset _lastAt;
    private long _lastTimestamp;

    /// <summary>Creates a poller.</summary>
    /// <param name="api">The router.</param>
    /// <param name="time">Wall and monotonic clock.</param>
    /// <param name="salt">Site secret salt for device hashes (at least 16 bytes).</param>
    /// <param name="siteTimeZone">Where "today" is counted; default the clock's local zone.</param>
    /// <param name="options">User counter semantics; defaults when null.</param>
    /// <param name="logger">Logger.</param>
    public HotspotPoller(
        IRouterOsApi api, TimeProvider time, ReadOnlySpan<byte> salt, TimeZoneInfo? siteTimeZone = null,
        HotspotPollerOptions? options = null, ILogger<HotspotPoller>? logger = null)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new HotspotPollerOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _reboots = new RebootDetector(time);
        _ledger = new HotspotLedger(_options);
        _devices = new DeviceHashes(salt, siteTimeZone ?? time.LocalTimeZone);
    }

    /// <summary>
    /// Polls once. Null for the first successful poll (the baseline) and when the router could not be
    /// read (logged; the next poll covers the gap). Never throws for router trouble.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<HotspotUsage?> PollAsync(CancellationToken cancellationToken = default)
    {
        SystemResource resource;
        IReadOnlyList<HotspotActive> active;
        IReadOnlyList<HotspotLedger.UserCounters>? users = null;
        try
        {
            resource = await _api.Device().GetResourceAsync(cancellationToken: cancellationToken);
            var hotspot = _api.Hotspot();
            active = await hotspot.Active.PrintAsync(cancellationToken: cancellationToken);
            if (_options.UseUserCounters)
            {
                var rows = await hotspot.Users.PrintAsync(cancellationToken);
                users = [.. rows.Select(HotspotLedger.UserCounters.From).OfType<HotspotLedger.UserCounters>()];
            }
        }
        catch (Exception e) when (CollectFailure.IsRouterFailure(e, cancellationToken))
        {
            Log.RouterUnreachable(_logger, "hotspot", e.Message);
            return null;
        }

        var now = _time.GetUtcNow();
        long timestamp = _time.GetTimestamp();
        bool rebooted = resource.Uptime is { } uptime && _reboots.Observe(uptime);
        var interval = _ledger.Advance(active, users, rebooted);
        var hashes = _devices.Observe(active.Select(s => s.MacAddress), now);
        var (from, fromTimestamp) = (_lastAt, _lastTimestamp);
        (_lastAt, _lastTimestamp) = (now, timestamp);
        if (interval is null)
        {
            return null;
        }

        Log.HotspotPolled(_logger, active.Count, interval.SessionStarts, interval.SessionEnds, interval.BytesIn, interval.BytesOut);
        return new HotspotUsage(
            from,
            now,
            (long)_time.GetElapsedTime(fromTimestamp, timestamp).TotalMilliseconds,
            interval.BytesIn,
            interval.BytesOut,
            interval.SessionStarts,
            interval.SessionEnds,
            interval.SessionsByLoginMethod,
            _devices.TodayCount,
            hashes,
            interval.PeakConcurrent);
    }
}
