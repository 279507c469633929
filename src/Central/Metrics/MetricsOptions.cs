namespace KimHotspot.Central.Metrics;

/// <summary>Section <c>Metrics</c>: who may read <c>/metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// When set, <c>/metrics</c> answers only requests with <c>Authorization: Bearer &lt;token&gt;</c> (else 401).
    /// Empty (default): open, for a Prometheus on the same host or behind a firewall. Give it through the environment
    /// (<c>Metrics__Token</c>), not appsettings.json.
    /// </summary>
    public string? Token { get; set; }
}

/// <summary>Section <c>OpenTelemetry</c>: where traces go. Nothing is collected or sent unless an endpoint is set.</summary>
public sealed class TracingOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>The OTLP collector, e.g. <c>http://127.0.0.1:4317</c>; else <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; else off.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>; else <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>.</summary>
    public string? Protocol { get; set; }

    /// <summary>The service name on every span (default <c>kimhotspot-central</c>).</summary>
    public string ServiceName { get; set; } = "kimhotspot-central";
}
