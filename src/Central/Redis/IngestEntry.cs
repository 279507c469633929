using System.Globalization;
using System.Text.Json;
using KimHotspot.Central.Ingest;
using KimHotspot.Contracts;
using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>
/// A <see cref="VerifiedBatch"/> as a stream entry: the site, the receive and signature times (UTC ticks, exact) and
/// the batch as the contract's JSON.
/// </summary>
internal static class IngestEntry
{
    private const string SiteField = "site";
    private const string ReceivedField = "received";
    private const string SignedField = "signed";
    private const string BatchField = "batch";

    public static NameValueEntry[] Write(VerifiedBatch batch) =>
    [
        new(SiteField, batch.SiteId),
        new(ReceivedField, batch.ReceivedAt.UtcTicks),
        new(SignedField, batch.SignedAt.UtcTicks),
        new(BatchField, JsonSerializer.SerializeToUtf8Bytes(batch.Batch, ContractsJson.Default.ReportBatch)),
    ];

    /// <summary>The batch of an entry, or null when the entry is not one (deleted or unreadable).</summary>
    public static VerifiedBatch? Read(StreamEntry entry)
    {
        if (entry.IsNull || entry.Values is not { Length: > 0 })
        {
            return null;
        }

        var site = (string?)entry[SiteField];
        var received = Ticks(entry[ReceivedField]);
        var signed = Ticks(entry[SignedField]);
        var json = (byte[]?)entry[BatchField];
        if (site is null || received is null || signed is null || json is null)
        {
            return null;
        }

        try
        {
            var batch = JsonSerializer.Deserialize(json, ContractsJson.Default.ReportBatch);
            return batch is null ? null
                : new VerifiedBatch(site, batch, new DateTimeOffset(received.Value, TimeSpan.Zero), new DateTimeOffset(signed.Value, TimeSpan.Zero));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long? Ticks(RedisValue value) =>
        long.TryParse((string?)value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
        && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks ? ticks : null;
}
