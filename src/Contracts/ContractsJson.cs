using System.Text.Json;
using System.Text.Json.Serialization;
using KimHotspot.Contracts.Messages;

namespace KimHotspot.Contracts;

/// <summary>
/// Source-generated System.Text.Json metadata for every village ↔ Central message:
/// camelCase names, nulls written, unknown properties ignored, required constructor
/// parameters and nullable annotations enforced, <c>"kind"</c> accepted anywhere in a body.
/// Use <c>ContractsJson.Default.ReportBatch</c> etc.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(ReportBatch))]
[JsonSerializable(typeof(BatchAck))]
[JsonSerializable(typeof(CityBulletinFeed))]
public sealed partial class ContractsJson : JsonSerializerContext;
