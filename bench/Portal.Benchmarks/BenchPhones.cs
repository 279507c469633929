using System.Globalization;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>One benchmark phone: its MAC and IP on the hotspot network, its member, its remembered-device token.</summary>
internal sealed record BenchPhone(int Index, string Mac, string Ip, string MemberPhone, string DeviceToken)
{
    public const string Password = "sandi-bench-2026";

    /// <summary>Phones 1..<paramref name="count"/> on 10.5.0.0/16 (the simulator is told to use that network).</summary>
    public static IReadOnlyList<BenchPhone> Create(int count) => Enumerable.Range(1, count)
        .Select(i => new BenchPhone(
            i,
            string.Create(CultureInfo.InvariantCulture, $"02:BE:00:00:{i / 256:X2}:{i % 256:X2}"),
            string.Create(CultureInfo.InvariantCulture, $"10.5.{1 + (i / 250)}.{1 + (i % 250)}"),
            string.Create(CultureInfo.InvariantCulture, $"62812{i:D8}"),
            KimHotspot.Portal.Features.Members.Secrets.NewToken()))
        .ToList();
}
