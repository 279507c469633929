namespace KimHotspot.RouterOs;

/// <summary>
/// Something that runs RouterOS API commands: one <c>RouterOsConnection</c>, or the
/// reconnecting <c>RouterOsClient</c>. The typed menus (hotspot, system, interfaces) are
/// extension methods on this interface.
/// </summary>
public interface IRouterOsApi
{
    /// <summary>Runs a command to its <c>!done</c> and returns every row.</summary>
    /// <exception cref="RouterOsTrapException">The router answered <c>!trap</c>.</exception>
    /// <exception cref="RouterOsException">Connection lost, time-out, or protocol error.</exception>
    Task<RouterOsResponse> ExecuteAsync(RouterOsCommand command, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a command that streams rows (<c>listen</c>, <c>monitor-traffic</c> without <c>once</c>)
    /// and yields them as they come. Cancelling the token sends <c>/cancel</c> and ends the
    /// enumeration cleanly (no exception); the stream also ends when the router sends <c>!done</c>.
    /// </summary>
    IAsyncEnumerable<RouterOsRow> StreamAsync(RouterOsCommand command, CancellationToken cancellationToken = default);
}
