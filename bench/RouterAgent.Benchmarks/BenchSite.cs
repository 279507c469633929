using System.Text;
using KimHotspot.RouterAgent.Site;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>The one site of the benches, its key shared by the agent pieces and the receiver.</summary>
internal static class BenchSite
{
    public const string Id = "71.74.01.2001";
    public const string KeyText = "bench-site-key-0123456789abcdef0123";
    public static readonly byte[] Key = Encoding.UTF8.GetBytes(KeyText);

    public static SiteOptions Options() => new() { Id = Id, Key = KeyText, ClockSync = ClockSyncMode.Synced };
}
