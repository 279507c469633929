using System.Text.Json;
using KimHotspot.Contracts.Messages;

namespace KimHotspot.Contracts.Tests.Messages;

internal static class Wire
{
    private static readonly ContractsJson Indented =
        new(new JsonSerializerOptions(ContractsJson.Default.Options) { WriteIndented = true });

    public static string Serialize(ReportBatch batch) => JsonSerializer.Serialize(batch, ContractsJson.Default.ReportBatch);

    public static string SerializeIndented(ReportBatch batch) => JsonSerializer.Serialize(batch, Indented.ReportBatch);

    public static ReportBatch Batch(string json) =>
        JsonSerializer.Deserialize(json, ContractsJson.Default.ReportBatch) ?? throw new InvalidOperationException("null");

    public static string Serialize(BatchAck ack) => JsonSerializer.Serialize(ack, ContractsJson.Default.BatchAck);

    public static BatchAck Ack(string json) =>
        JsonSerializer.Deserialize(json, ContractsJson.Default.BatchAck) ?? throw new InvalidOperationException("null");

    public static ReportBatch RoundTrip(ReportBatch batch) => Batch(Serialize(batch));
}
