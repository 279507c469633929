using System.Net.Http.Headers;
using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;

namespace KimHotspot.Central.Benchmarks;

/// <summary>
/// Batches as a village agent sends them: per minute one router health, one hotspot usage, one portal health and one
/// agent health report (the last ones of a backlog, newest now), synced clock, new sequence numbers; signed like the
/// RouterAgent's uploader.
/// </summary>
internal static class AgentBatches
{
    public const string Path = "/api/v1/reports";

    private static readonly Dictionary<string, int> ByMethod = new(StringComparer.Ordinal) { ["member"] = 3, ["voucher"] = 1 };

    public static ReportBatch Build(BenchSite site, int reports, DateTimeOffset now)
    {
        long first = site.NextSeq(reports);
        int minutes = (reports + 3) / 4;
        var list = new List<Report>(reports);
        for (int i = 0; i < reports; i++)
        {
            int minute = i / 4;
            var at = now.AddMinutes(minute - minutes + 1).AddSeconds(-(site.Index % 50));
            long age = (long)(now - at).TotalMilliseconds;
            list.Add(new Report(site.Id, site.BootId, first + i, at, true, age, Body(site, i % 4, first + i, at)));
        }

        return new ReportBatch(ReportBatch.CurrentVersion, site.Id, list);
    }

    private static ReportBody Body(BenchSite site, int kind, long seq, DateTimeOffset at)
    {
        int users = 3 + (int)((seq + site.Index) % 17);
        return kind switch
        {
            0 => new RouterHealth("desa-" + site.Index, "hAP ax2", "7.16.2", 86_400 + seq, false, 5 + (int)(seq % 40),
                420_000_000 - (seq % 1000 * 1000), 1_073_741_824, 90_000_000, 128_000_000, at, true, true, 3 + (int)(seq % 7),
                [new InterfaceTraffic("ether1", 9_000_000_000 + (seq * 4096), 2_000_000_000 + (seq * 1024)),
                 new InterfaceTraffic("bridge-hotspot", 1_900_000_000 + (seq * 1024), 8_800_000_000 + (seq * 4096))]),
            1 => new HotspotUsage(at.AddMinutes(-1), at, 60_000, 2_000_000 + (seq % 997 * 1000), 9_000_000 + (seq % 991 * 4000),
                seq % 3 == 0 ? 1 : 0, seq % 5 == 0 ? 1 : 0, ByMethod, 20 + users,
                [Hash(seq), Hash(seq + 1), Hash(seq + 2)], users),
            2 => new PortalHealth(true, 200, 35 + (int)(seq % 30)),
            _ => new AgentHealth(0, null, 4096, 0, at.AddSeconds(-60), 120),
        };
    }

    private static string Hash(long n) => Convert.ToHexStringLower(BitConverter.GetBytes(n * 2_654_435_761L)) + "a1b2c3d4e5f60718";

    public static byte[] Json(ReportBatch batch) => JsonSerializer.SerializeToUtf8Bytes(batch, ContractsJson.Default.ReportBatch);

    /// <summary>A signed <c>POST /api/v1/reports</c> of <paramref name="body"/>, timestamped now.</summary>
    public static HttpRequestMessage Request(BenchSite site, byte[] body)
    {
        var headers = SiteSignature.Sign("POST", Path, body, site.Id, site.KeyBytes, DateTimeOffset.UtcNow);
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers.ToPairs())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>How many keys the ack of a 200 lists.</summary>
    public static int Acknowledged(byte[] ackJson) =>
        JsonSerializer.Deserialize(ackJson, ContractsJson.Default.BatchAck)?.Accepted.Count ?? 0;
}
