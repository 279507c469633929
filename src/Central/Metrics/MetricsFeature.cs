namespace KimHotspot.Central.Metrics;

/// <summary>
/// <c>/metrics</c> (Prometheus text, per-site gauges; section <c>Metrics</c>) and OpenTelemetry traces over OTLP
/// (section <c>OpenTelemetry</c>, off unless an endpoint is set).
/// </summary>
public static class MetricsFeature
{
    public static void AddCentralMetrics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section);
        builder.Services.AddScoped<SiteMetrics>();
        builder.AddCentralTracing();
    }

    public static void MapCentralMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMetricsEndpoint();
    }
}
