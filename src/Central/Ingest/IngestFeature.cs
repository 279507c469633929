using KimHotspot.Central.Sites;
using KimHotspot.Contracts.Signing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KimHotspot.Central.Ingest;

/// <summary>
/// Registers ingest: options (<c>Central:Ingest</c>), the per-site limiter, the write gate, the report store and the
/// default sink and nonce store. A Redis <see cref="INonceStore"/> or <see cref="IReportSink"/> registered before this
/// (or with <c>Replace</c> after it) takes the place of the in-process one.
/// </summary>
public static class IngestFeature
{
    public static void AddCentralIngest(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<IngestOptions>()
            .BindConfiguration(IngestOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<SiteKeyring>();
        builder.Services.TryAddSingleton<INonceStore>(_ => new InMemoryNonceStore());
        builder.Services.TryAddSingleton<IReportSink, InlineReportSink>();
        builder.Services.AddSingleton<ReportStore>();
        builder.Services.AddSingleton<SiteRateLimiter>();
        builder.Services.AddSingleton<WriteGate>();
    }

    public static void MapCentralIngest(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(ReportsEndpoint.Path, ReportsEndpoint.HandleAsync).AllowAnonymous(); // agents sign instead
    }
}
