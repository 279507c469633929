namespace KimHotspot.Contracts.Messages;

/// <summary>The village Portal's <c>/health</c> answer as seen by the agent (its watchdog).</summary>
/// <param name="Reachable">Whether the Portal answered at all.</param>
/// <param name="StatusCode">HTTP status code, null when unreachable.</param>
/// <param name="ResponseMs">Response time in milliseconds, null when unreachable.</param>
public sealed record PortalHealth(bool Reachable, int? StatusCode, int? ResponseMs) : ReportBody
{
    /// <summary>The <c>"kind"</c> discriminator value.</summary>
    public const string Kind = "portalHealth";
}
