using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Site;

namespace KimHotspot.RouterAgent.Upload;

/// <summary>Registers the uploader: options from section <c>Central</c>, validated at start, run as a hosted service.</summary>
public static class UploadFeature
{
    public static void AddUploader(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<UploadOptions>()
            .BindConfiguration(UploadOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<UploadOptions>, UploadOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new Uploader(
            services.GetRequiredService<ReportOutbox>(),
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                Timeout = Timeout.InfiniteTimeSpan, // the uploader applies Central:RequestTimeout itself
            },
            services.GetRequiredService<IOptions<UploadOptions>>().Value,
            services.GetRequiredService<IOptions<SiteOptions>>().Value,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<Uploader>>()));
        builder.Services.AddHostedService(services => services.GetRequiredService<Uploader>());
    }
}
