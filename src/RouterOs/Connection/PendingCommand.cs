namespace KimHotspot.RouterOs.Connection;

/// <summary>
/// One command waiting for replies, found by its <c>.tag</c>. The read loop feeds it rows, traps
/// and the final <c>!done</c>; the connection fails it when the link dies. A caller that stops
/// waiting (cancel, time-out) abandons it: it stays registered until its late <c>!done</c>, and
/// its late replies are swallowed.
/// </summary>
internal abstract class PendingCommand
{
    private const int Active = 0;
    private const int Finished = 1;
    private const int Abandoned = 2;

    private int _state;
    private List<RouterOsTrap>? _traps;

    protected PendingCommand(string? tag, string path)
    {
        Tag = tag;
        Path = path;
    }

    /// <summary>The <c>.tag</c>, or null for the single untagged command (login).</summary>
    public string? Tag { get; }

    /// <summary>The command word.</summary>
    public string Path { get; }

    /// <summary>Still waiting for replies (neither ended nor abandoned).</summary>
    public bool IsActive => Volatile.Read(ref _state) == Active;

    /// <summary>The caller stopped waiting; replies still arriving are swallowed.</summary>
    public bool IsAbandoned => Volatile.Read(ref _state) == Abandoned;

    /// <summary>
    /// True for commands after which the router may simply drop the link (reference §2.5):
    /// end of stream then counts as success.
    /// </summary>
    public bool SucceedsOnDisconnect => Path is "/system/reboot" or "/system/shutdown";

    /// <summary>Traps received so far (several are possible before <c>!done</c>).</summary>
    protected IReadOnlyList<RouterOsTrap>? Traps => _traps;

    /// <summary>Marks the caller as gone, once; false when the command already ended.</summary>
    public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Active) == Active;

    /// <summary>Marks the command ended, once; false when it already ended or was abandoned.</summary>
    protected bool TryFinish() => Interlocked.CompareExchange(ref _state, Finished, Active) == Active;

    /// <summary>A reply arrived for this command (restarts its reply timer).</summary>
    public virtual void Touch()
    {
    }

    /// <summary>An <c>!re</c> row; false when the command cannot take more rows (it then fails itself).</summary>
    public abstract bool OnRow(RouterOsRow row);

    /// <summary>A <c>!trap</c>.</summary>
    public void OnTrap(RouterOsTrap trap) => (_traps ??= []).Add(trap);

    /// <summary>The <c>!done</c>: completes with the rows, or fails when traps came.</summary>
    public abstract void OnDone(RouterOsRow done);

    /// <summary>The connection failed (or the command timed out).</summary>
    public abstract void Fail(Exception error);

    /// <summary>The error for a command that ended with traps, or null.</summary>
    protected Exception? TrapError() => _traps is { Count: > 0 } traps ? new RouterOsTrapException(Path, traps) : null;

    /// <summary>Parses a <c>!trap</c> reply.</summary>
    public static RouterOsTrap ToTrap(Protocol.Reply reply)
    {
        var message = reply.Get("message") ?? string.Join(' ', reply.FreeText);
        int? category = int.TryParse(reply.Get("category"), System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : null;
        return new RouterOsTrap(message, category);
    }
}
