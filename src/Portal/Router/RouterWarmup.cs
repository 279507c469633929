using KimHotspot.RouterOs;

namespace KimHotspot.Portal.Router;

/// <summary>
/// Connects to the router when the Portal starts (without waiting for it), so the first resident does not
/// pay for the API login. A router that is down does not delay the start: the client keeps retrying.
/// </summary>
public sealed class RouterWarmup(RouterOsClient client) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = client.StartAsync(CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
