using System.Text.Json.Serialization;

namespace KimHotspot.Portal.Features.CaptivePortal;

/// <summary>The RFC 8908 Captive Portal API document.</summary>
public sealed record CaptiveStatus
{
    [JsonPropertyName("captive")]
    public required bool Captive { get; init; }

    [JsonPropertyName("user-portal-url")]
    public string? UserPortalUrl { get; init; }

    [JsonPropertyName("venue-info-url")]
    public string? VenueInfoUrl { get; init; }

    [JsonPropertyName("seconds-remaining")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? SecondsRemaining { get; init; }

    [JsonPropertyName("bytes-remaining")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? BytesRemaining { get; init; }

    [JsonPropertyName("can-extend-session")]
    public bool CanExtendSession { get; init; }
}

[JsonSerializable(typeof(CaptiveStatus))]
internal sealed partial class CaptiveJsonContext : JsonSerializerContext;
