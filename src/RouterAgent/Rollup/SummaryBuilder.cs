using KimHotspot.Contracts.Messages;

namespace KimHotspot.RouterAgent.Rollup;

/// <summary>
/// Accumulates detail and earlier summaries of one hour (oldest first) into an <see cref="HourlySummary"/>. Every
/// figure is combined associatively (sum, max, min, last non-null, union), so a summary counts exactly as the detail
/// it replaced. Sums are checked: an overflow throws rather than wraps. Output order is ordinal by key.
/// </summary>
internal sealed class SummaryBuilder
{
    private readonly SortedDictionary<string, int> _methods = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _hashes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (long Rx, long Tx)> _interfaces = new(StringComparer.Ordinal);
    private readonly RouterFigures _router = new();
    private long _bytesIn, _bytesOut;
    private int _starts, _ends, _distinctToday, _peak, _reboots, _unreachable, _replaced;

    public void Add(HotspotUsage usage)
    {
        AddUsage(usage.BytesIn, usage.BytesOut, usage.SessionStarts, usage.SessionEnds, usage.SessionsByLoginMethod);
        _distinctToday = Math.Max(_distinctToday, usage.DistinctDevicesToday);
        _peak = Math.Max(_peak, usage.PeakConcurrent);
        AddHashes(usage.DeviceHashes);
        _replaced = checked(_replaced + 1);
    }

    public void Add(RouterHealth router)
    {
        if (router.ApiReachable)
        {
            _router.AddSample(router);
        }
        else
        {
            _unreachable = checked(_unreachable + 1);
        }
        _reboots = checked(_reboots + (router.Rebooted ? 1 : 0));
        AddInterfaces(router.Interfaces);
        _replaced = checked(_replaced + 1);
    }

    public void Add(HourlySummary summary)
    {
        AddUsage(summary.BytesIn, summary.BytesOut, summary.SessionStarts, summary.SessionEnds, summary.SessionsByLoginMethod);
        _distinctToday = Math.Max(_distinctToday, summary.DistinctDevicesToday);
        _peak = Math.Max(_peak, summary.PeakConcurrent);
        AddHashes(summary.DeviceHashes);
        _router.AddSummary(summary);
        _unreachable = checked(_unreachable + summary.ApiUnreachableSamples);
        _reboots = checked(_reboots + summary.Reboots);
        AddInterfaces(summary.Interfaces);
        _replaced = checked(_replaced + summary.ReplacedReports);
    }

    public HourlySummary Build(DateTimeOffset hourStart)
    {
        var r = _router.Samples > 0 ? _router : new RouterFigures(); // figures only when a reachable sample exists
        return new HourlySummary(
            hourStart, _bytesIn, _bytesOut, _starts, _ends, new SortedDictionary<string, int>(_methods, StringComparer.Ordinal),
            _distinctToday, [.. _hashes], _peak, r.UptimeMax, _reboots, r.CpuMax, r.CpuSum, r.MemoryFreeMin, r.MemoryTotal,
            r.StorageFreeMin, r.StorageTotal, _router.Samples, _unreachable,
            [.. _interfaces.Select(p => new InterfaceTraffic(p.Key, p.Value.Rx, p.Value.Tx))], _replaced);
    }

    private void AddUsage(long bytesIn, long bytesOut, int starts, int ends, IReadOnlyDictionary<string, int> methods)
    {
        _bytesIn = checked(_bytesIn + bytesIn);
        _bytesOut = checked(_bytesOut + bytesOut);
        _starts = checked(_starts + starts);
        _ends = checked(_ends + ends);
        foreach (var (method, count) in methods)
        {
            _methods[method] = checked(_methods.GetValueOrDefault(method) + count);
        }
    }

    private void AddHashes(IReadOnlyList<string> hashes)
    {
        foreach (var hash in hashes)
        {
            _hashes.Add(hash ?? throw new ArgumentException("A device hash is null."));
        }
    }

    private void AddInterfaces(IReadOnlyList<InterfaceTraffic> interfaces)
    {
        foreach (var traffic in interfaces)
        {
            var (rx, tx) = _interfaces.GetValueOrDefault(traffic.Name);
            _interfaces[traffic.Name] = (checked(rx + traffic.RxBytes), checked(tx + traffic.TxBytes));
        }
    }
}
