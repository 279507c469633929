using KimHotspot.Contracts.Messages;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Device;
using KimHotspot.RouterOs.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Traffic = KimHotspot.Contracts.Messages.InterfaceTraffic;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// One poll of the router's state → a <see cref="RouterHealth"/> body. Interface byte deltas are since
/// the previous successful poll and exact across counter resets and reboots; a failed poll keeps the
/// previous readings, so the next successful one covers the missed time. The first successful poll is
/// the baseline: it reports no interface deltas. One poll at a time (not thread-safe).
/// </summary>
public sealed class RouterPoller
{
    private readonly IRouterOsApi _api;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RebootDetector _reboots;
    private Dictionary<string, (long Rx, long Tx)>? _counters;
    private Routerboard? _routerboard;
    private bool _routerboardRead;

    /// <summary>Creates a poller for one router.</summary>
    public RouterPoller(IRouterOsApi api, TimeProvider time, ILogger<RouterPoller>? logger = null)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _reboots = new RebootDetector(time);
    }

    /// <summary>A router health body for "the API did not answer": only <c>ApiReachable</c> = false.</summary>
    public static RouterHealth Unreachable { get; } =
        new(null, null, null, null, false, null, null, null, null, null, null, false, false, null, []);

    /// <summary>Polls once. Never throws for router trouble: an unreachable router gives <see cref="Unreachable"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<RouterHealth> PollAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await ReadAsync(cancellationToken);
        }
        catch (Exception e) when (CollectFailure.IsRouterFailure(e, cancellationToken))
        {
            Log.RouterUnreachable(_logger, "router", e.Message);
            return Unreachable;
        }
    }

    private async Task<RouterHealth> ReadAsync(CancellationToken cancellationToken)
    {
        var device = _api.Device();
        // Round trip of a trivial command on the monotonic clock.
        long start = _time.GetTimestamp();
        string identity = await device.GetIdentityAsync(cancellationToken);
        var rtt = _time.GetElapsedTime(start);

        var resource = await device.GetResourceAsync(cancellationToken: cancellationToken);
        if (!_routerboardRead)
        {
            // Hardware facts do not change while the router runs: read once (again after a reboot).
            _routerboard = await device.GetRouterboardAsync(cancellationToken); // null on CHR / x86
            _routerboardRead = true;
        }

        var board = _routerboard;
        var clock = await device.GetClockAsync(cancellationToken);
        var interfaces = await _api.Interfaces().PrintAsync(cancellationToken: cancellationToken);

        // Everything was read: only now change state, so a failed poll leaves it as it was.
        bool rebooted = resource.Uptime is { } uptime && _reboots.Observe(uptime);
        if (rebooted)
        {
            Log.RouterRebooted(_logger, resource.Uptime!.Value);
            _routerboardRead = false;
        }

        return new RouterHealth(
            identity,
            resource.BoardName ?? board?.BoardName ?? board?.Model,
            resource.Version,
            resource.Uptime is { } u ? (long)u.TotalSeconds : null,
            rebooted,
            resource.CpuLoad,
            resource.FreeMemory,
            resource.TotalMemory,
            resource.FreeHddSpace,
            resource.TotalHddSpace,
            clock.Now,
            // RouterOS reports no sync state on /system/clock; a pre-2000 date means it was never set.
            clock.LocalTime is not null && !clock.LooksUnsynced,
            true,
            (int)Math.Min(int.MaxValue, Math.Round(rtt.TotalMilliseconds)),
            InterfaceDeltas(interfaces, rebooted));
    }

    private List<Traffic> InterfaceDeltas(IReadOnlyList<RouterInterface> interfaces, bool rebooted)
    {
        var previous = _counters;
        var current = new Dictionary<string, (long Rx, long Tx)>(StringComparer.Ordinal);
        var deltas = new List<Traffic>(interfaces.Count);
        foreach (var i in interfaces)
        {
            if (i.RxByte is not { } rx || i.TxByte is not { } tx || !current.TryAdd(i.Name, (rx, tx)))
            {
                continue; // no counters (some virtual types), or a duplicate name
            }

            if (previous is null)
            {
                continue; // baseline
            }

            // An interface not seen before (added, or a dynamic one that came up) counted from zero.
            (long Rx, long Tx)? old = previous.TryGetValue(i.Name, out var o) ? o : null;
            var dRx = CounterDelta.Between(old?.Rx, rx, rebooted);
            var dTx = CounterDelta.Between(old?.Tx, tx, rebooted);
            if (!rebooted && (dRx.Reset || dTx.Reset))
            {
                Log.InterfaceCountersReset(_logger, i.Name);
            }

            deltas.Add(new Traffic(i.Name, dRx.Value, dTx.Value));
        }

        _counters = current;
        return deltas;
    }
}
