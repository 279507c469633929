using KimHotspot.RouterAgent.Collect;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Rollup;
using KimHotspot.RouterAgent.Site;
using KimHotspot.RouterAgent.Systemd;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent;

/// <summary>
/// The agent's services, composed in one place for Program.cs and bench/RouterAgent.Benchmarks (AgentHost), so the
/// bench measures the agent as it runs. Every feature registers <see cref="TimeProvider"/> with TryAdd: register
/// another clock before this call to run the agent on it.
/// </summary>
public static class AgentComposition
{
    public static IHostApplicationBuilder AddRouterAgent(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSystemdIntegration();
        builder.AddSite();
        // Before AddOutbox, which falls back to NoRollup only when no roll-up is registered.
        builder.Services.AddSingleton<IRollup, ReportRollup>();
        builder.AddOutbox();
        builder.AddUploader();
        builder.AddCollect();
        return builder;
    }
}
