using System.Text.Json.Serialization;

namespace KimHotspot.Contracts.Messages;

/// <summary>
/// What a report measured. On the wire the concrete kind is named by the <c>"kind"</c> property.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(RouterHealth), RouterHealth.Kind)]
[JsonDerivedType(typeof(HotspotUsage), HotspotUsage.Kind)]
[JsonDerivedType(typeof(PortalHealth), PortalHealth.Kind)]
[JsonDerivedType(typeof(AgentHealth), AgentHealth.Kind)]
[JsonDerivedType(typeof(HourlySummary), HourlySummary.Kind)]
public abstract record ReportBody;
