using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting.Systemd;

namespace KimHotspot.RouterAgent.Systemd;

/// <summary>
/// systemd integration: <c>READY=1</c> once started and <c>STOPPING=1</c> on SIGTERM for a <c>Type=notify</c> unit,
/// and the <see cref="Watchdog"/>. Outside systemd (no <c>NOTIFY_SOCKET</c>) nothing is sent.
/// </summary>
public static class SystemdFeature
{
    public static void AddSystemdIntegration(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Detects systemd as the parent process (journal-friendly logs, notify lifetime)...
        builder.Services.AddSystemd();
        builder.Services.TryAddSingleton<ISystemdNotifier, SystemdNotifier>();
        // ...and a notify socket handed down through a wrapper (a shell ExecStart=, a container's init) counts too.
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NOTIFY_SOCKET")))
        {
            builder.Services.AddSingleton<IHostLifetime, SystemdLifetime>();
        }

        builder.Services.AddHostedService<Watchdog>();
    }
}
