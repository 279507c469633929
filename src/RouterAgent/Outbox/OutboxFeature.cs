using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KimHotspot.RouterAgent.Outbox;

/// <summary>Registers the outbox: options from section <c>Outbox</c>, validated at start, one instance per process.</summary>
public static class OutboxFeature
{
    public static void AddOutbox(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IRollup, NoRollup>();
        builder.Services.AddSingleton(services => ReportOutbox.Open(
            services.GetRequiredService<IOptions<OutboxOptions>>().Value,
            services.GetRequiredService<IRollup>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<ReportOutbox>>()));
    }
}
