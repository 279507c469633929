using System.Globalization;
using System.Text;
using KimHotspot.RouterAgent.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.RouterAgent.Tests.Outbox;

/// <summary>A temp folder with a real outbox file, a fake clock, and helpers to reopen it as a restart would.</summary>
public sealed class OutboxFixture : IDisposable
{
    public OutboxFixture(long maxBytes = 1L << 30, TimeSpan? maxAge = null, IRollup? rollup = null)
    {
        Options = new OutboxOptions
        {
            Directory = Path.Combine(Path.GetTempPath(), "kh-outbox-" + Guid.NewGuid().ToString("N")),
            MaxBytes = maxBytes,
            MaxAge = maxAge ?? TimeSpan.FromDays(30),
        };
        Rollup = rollup ?? new NoRollup();
    }

    public OutboxOptions Options { get; }

    public IRollup Rollup { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

    public KimHotspot.RouterAgent.Outbox.ReportOutbox Open() => KimHotspot.RouterAgent.Outbox.ReportOutbox.Open(Options, Rollup, Time);

    public static byte[] Number(long value) => Encoding.UTF8.GetBytes(value.ToString(CultureInfo.InvariantCulture));

    public static long ToInt(byte[] body) => long.Parse(Encoding.UTF8.GetString(body), CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (Directory.Exists(Options.Directory))
        {
            Directory.Delete(Options.Directory, recursive: true);
        }
    }
}

/// <summary>Test rollup: bodies are decimal integers, a summary is their sum; kinds starting "sum." roll up.</summary>
public sealed class SumRollup : IRollup
{
    public bool CanRollUp(string kind) => kind.StartsWith("sum.", StringComparison.Ordinal);

    public byte[] Merge(string kind, DateTimeOffset hourStart, IReadOnlyList<byte[]> bodies) =>
        OutboxFixture.Number(bodies.Sum(OutboxFixture.ToInt));
}
