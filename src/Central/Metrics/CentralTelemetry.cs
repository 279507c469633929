using System.Diagnostics;

namespace KimHotspot.Central.Metrics;

/// <summary>Central's own trace source (<c>KimHotspot.Central</c>), exported with ASP.NET Core's when tracing is on.</summary>
public static class CentralTelemetry
{
    public const string SourceName = "KimHotspot.Central";

    /// <summary>Start activities here (ingest, gateway refresh, …); they cost nothing while nobody listens.</summary>
    public static readonly ActivitySource Source = new(SourceName);
}
