using System.Globalization;
using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Rollup;
using KimHotspot.RouterAgent.Tests.Outbox;
using KimHotspot.RouterAgent.Upload;
using static KimHotspot.RouterAgent.Tests.Rollup.RollupSamples;

namespace KimHotspot.RouterAgent.Tests.Rollup;

/// <summary>The real outbox with <see cref="ReportRollup"/> under a small budget: summaries + detail keep every total.</summary>
public sealed class ReportRollupOutboxTests
{
    private const int Hours = 8;

    [Fact]
    public async Task AppendAsync_HoursOfUsageAndRouterUnderSmallBudget_TotalsKeptNoDrops()
    {
        using var fx = new OutboxFixture(maxBytes: 24_000, rollup: new ReportRollup());
        var expected = new Totals();
        var start = fx.Time.GetUtcNow();
        await using (var outbox = fx.Open())
        {
            for (var i = 0; i < Hours * 6; i++)
            {
                var now = fx.Time.GetUtcNow();
                var usage = new HotspotUsage(now.AddMinutes(-10), now, 600_000, 1_000 + (i * 37), 50_000 + (i * 1_013),
                    i % 3, i % 2, new Dictionary<string, int> { ["trial"] = i % 3 }, i, [Hash(i), Hash(i / 2)], i % 5);
                RouterHealth router = i % 7 == 3
                    ? Unreachable()
                    : Router(uptime: 60 + (i * 600), cpu: i % 100, memFree: 1_000 + i, storageFree: 2_000 + i, rebooted: i == 20,
                        interfaces: [new("ether1", 10 * i, 20 * i), new("wlan1", i, 2 * i)]);
                expected.Add(usage, router);
                await OutboxReport.AppendAsync(outbox, "site-1", now, clockSynced: true, usage);
                await OutboxReport.AppendAsync(outbox, "site-1", now, clockSynced: true, router);
                if (i == 30)
                {
                    // A late pair sampled in the first hour (clock stepped back): merged with that hour's summary.
                    var late = Usage(5, 6, starts: 1, hashes: ["late"]);
                    var lateRouter = Router(1, 1, 1, 1, interfaces: [new("ether1", 3, 4), new("wlan1", 5, 6)]);
                    expected.Add(late, lateRouter);
                    await OutboxReport.AppendAsync(outbox, "site-1", start.AddMinutes(45), clockSynced: false, late);
                    await OutboxReport.AppendAsync(outbox, "site-1", start.AddMinutes(45), clockSynced: false, lateRouter);
                }
                fx.Time.Advance(TimeSpan.FromMinutes(10));
            }

            var stats = await outbox.GetStatsAsync();
            var rows = await outbox.LeaseBatchAsync(10_000, long.MaxValue);
            Assert.Equal(0, stats.Drops);
            Assert.True(stats.StoredBytes <= fx.Options.MaxBytes, $"stored {stats.StoredBytes}");
            Assert.True(rows.Count(r => r.IsRollup && r.Kind == HotspotUsage.Kind) >= Hours - 2, "hotspot hours rolled up");
            Assert.True(rows.Count(r => r.IsRollup && r.Kind == RouterHealth.Kind) >= Hours - 2, "router hours rolled up");
            Assert.Equal(expected.Describe(), Totals.Of(rows).Describe());
            var firstHour = rows.Where(r => r.SampledAt < start.AddHours(1)).Select(r => ReadReport(r.Body)).ToList();
            Assert.Equal(2, firstHour.Count); // one summary per kind, the late detail merged into it
            Assert.All(firstHour, r => Assert.Equal(7, Assert.IsType<HourlySummary>(r.Body).ReplacedReports));
            Assert.All(firstHour, r => Assert.False(r.ClockSynced));
        }
    }

    private static string Hash(int device) => device.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>What must survive any roll-up, summed over detail and summaries alike.</summary>
    private sealed class Totals
    {
        public long BytesIn { get; private set; }
        public long BytesOut { get; private set; }
        public int Starts { get; private set; }
        public int Ends { get; private set; }
        public long EtherRx { get; private set; }
        public long WlanTx { get; private set; }
        public int Reachable { get; private set; }
        public int Unreachable { get; private set; }
        public int Reboots { get; private set; }
        public int UsageReports { get; private set; }
        public int RouterReports { get; private set; }
        public string Describe() => FormattableString.Invariant(
            $"in {BytesIn} out {BytesOut} starts {Starts} ends {Ends} ether1 rx {EtherRx} wlan1 tx {WlanTx} reachable {Reachable} unreachable {Unreachable} reboots {Reboots} usage {UsageReports} router {RouterReports} devices {string.Join(",", _hashes)}");

        private readonly SortedSet<string> _hashes = new(StringComparer.Ordinal);

        public void Add(HotspotUsage u, RouterHealth r)
        {
            AddUsage(u);
            AddRouter(r);
        }

        public static Totals Of(IEnumerable<OutboxEntry> rows)
        {
            var totals = new Totals();
            foreach (var row in rows)
            {
                switch (ReadReport(row.Body).Body)
                {
                    case HotspotUsage u when row.Kind == HotspotUsage.Kind: totals.AddUsage(u); break;
                    case RouterHealth r when row.Kind == RouterHealth.Kind: totals.AddRouter(r); break;
                    case HourlySummary s when row.Kind == HotspotUsage.Kind && s.RouterSamples + s.ApiUnreachableSamples == 0:
                        (totals.BytesIn, totals.BytesOut) = (totals.BytesIn + s.BytesIn, totals.BytesOut + s.BytesOut);
                        (totals.Starts, totals.Ends) = (totals.Starts + s.SessionStarts, totals.Ends + s.SessionEnds);
                        totals._hashes.UnionWith(s.DeviceHashes);
                        totals.UsageReports += s.ReplacedReports;
                        break;
                    case HourlySummary s when row.Kind == RouterHealth.Kind && s.BytesIn == 0 && s.DeviceHashes.Count == 0:
                        totals.EtherRx += s.Interfaces.Where(x => x.Name == "ether1").Sum(x => x.RxBytes);
                        totals.WlanTx += s.Interfaces.Where(x => x.Name == "wlan1").Sum(x => x.TxBytes);
                        (totals.Reachable, totals.Unreachable) = (totals.Reachable + s.RouterSamples, totals.Unreachable + s.ApiUnreachableSamples);
                        totals.Reboots += s.Reboots;
                        totals.RouterReports += s.ReplacedReports;
                        break;
                    default: throw new InvalidOperationException($"unexpected {row.Kind} row");
                }
            }
            return totals;
        }

        private void AddUsage(HotspotUsage u)
        {
            (BytesIn, BytesOut, Starts, Ends) = (BytesIn + u.BytesIn, BytesOut + u.BytesOut, Starts + u.SessionStarts, Ends + u.SessionEnds);
            _hashes.UnionWith(u.DeviceHashes);
            UsageReports++;
        }

        private void AddRouter(RouterHealth r)
        {
            EtherRx += r.Interfaces.Where(x => x.Name == "ether1").Sum(x => x.RxBytes);
            WlanTx += r.Interfaces.Where(x => x.Name == "wlan1").Sum(x => x.TxBytes);
            (Reachable, Unreachable) = r.ApiReachable ? (Reachable + 1, Unreachable) : (Reachable, Unreachable + 1);
            Reboots += r.Rebooted ? 1 : 0;
            RouterReports++;
        }
    }
}
