using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using KimHotspot.Central.Sweeper;

namespace KimHotspot.Central.Alerts;

/// <summary>Registers alerts (section <c>Alerts</c>, validated at start): the engine listening to sweeps, the channels and the dispatcher.</summary>
public static class AlertsFeature
{
    internal const string HttpClientName = "KimHotspot.Alerts";

    public static void AddAlerts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAlertServices();
    }

    /// <summary>The registrations behind <see cref="AddAlerts"/> (tests use them on a plain service collection).</summary>
    public static IServiceCollection AddAlertServices(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>()
            .BindConfiguration(AlertsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertsOptions>, AlertsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<AlertsOptions>>().Value.Delivery.Timeout + TimeSpan.FromSeconds(5));
        services.AddSingleton<IAlertChannel, WebhookChannel>();
        services.AddSingleton<IAlertChannel, TelegramChannel>();
        services.AddSingleton<AlertDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<AlertDispatcher>());
        services.AddSingleton<ISweepListener, AlertEngine>();
        return services;
    }
}
