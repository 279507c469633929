using System.Threading.Channels;

namespace KimHotspot.Central.Proxy;

/// <summary>
/// "The site registry changed": pages that create, edit or archive a site call <see cref="Notify"/> so the gateway
/// rebuilds its routes now instead of at its next periodic refresh. Signals coalesce; nothing is lost if nobody waits.
/// </summary>
public sealed class RegistryChanges
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Asks for a rebuild of the gateway's routes (cheap; call after any registry change on this node).</summary>
    public void Notify() => _signal.Writer.TryWrite(true);

    /// <summary>Completes at the next <see cref="Notify"/> (or at once when one is pending).</summary>
    internal async Task WaitAsync(CancellationToken cancellationToken) =>
        await _signal.Reader.ReadAsync(cancellationToken);
}
