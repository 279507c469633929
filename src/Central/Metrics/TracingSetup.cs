using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KimHotspot.Central.Metrics;

/// <summary>
/// OpenTelemetry traces (ASP.NET Core requests, YARP forwards, <see cref="CentralTelemetry.Source"/>) exported over
/// OTLP — only when an endpoint is configured; otherwise no tracer is registered and nothing is collected or sent.
/// </summary>
internal static class TracingSetup
{
    public static void AddCentralTracing(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TracingOptions.Section).Get<TracingOptions>() ?? new TracingOptions();
        var endpoint = First(options.Endpoint, builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (endpoint is null)
        {
            return;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"OpenTelemetry:Endpoint '{endpoint}' is not an absolute URL.");
        }

        var http = string.Equals(First(options.Protocol, builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"]), "http/protobuf", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(MetricsEndpoint.Path))
                .AddSource(CentralTelemetry.SourceName, "Yarp.ReverseProxy")
                .AddOtlpExporter(o =>
                {
                    o.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                    // Set in code, an HTTP endpoint is used as is: add the signal path the collector expects.
                    o.Endpoint = http && uri.AbsolutePath is "/" or "" ? new Uri(uri, "v1/traces") : uri;
                }));
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
