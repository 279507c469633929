using System.Globalization;
using System.Text;
using KimHotspot.Central.Sites;

namespace KimHotspot.Central.Benchmarks;

/// <summary>
/// A village of the benchmark: a Kemendagri-style code, its signing key and its agent's boot id; <see cref="NextSeq"/>
/// hands out the agent's report sequence numbers (safe from several load workers).
/// </summary>
internal sealed class BenchSite(int index)
{
    private long _seq;
    private byte[]? _keyBytes;

    public int Index { get; } = index;

    /// <summary>e.g. <c>71.74.03.2007</c>: province 71, a regency per 400 villages, a kecamatan per 20.</summary>
    public string Id { get; } = string.Create(CultureInfo.InvariantCulture,
        $"71.{74 + (index / 400):D2}.{((index / 20) % 20) + 1:D2}.{2001 + (index % 20)}");

    public string Kecamatan { get; } = "Kecamatan " + (((index / 20) % 20) + 1).ToString(CultureInfo.InvariantCulture);

    public string Key { get; } = SiteKeyText.New();

    public byte[] KeyBytes => _keyBytes ??= Encoding.UTF8.GetBytes(Key);

    public Guid BootId { get; } = Guid.NewGuid();

    /// <summary>Reserves <paramref name="count"/> consecutive sequence numbers; returns the first.</summary>
    public long NextSeq(int count) => Interlocked.Add(ref _seq, count) - count + 1;

    public static IReadOnlyList<BenchSite> Create(int count) => [.. Enumerable.Range(0, count).Select(i => new BenchSite(i))];
}
