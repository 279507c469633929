namespace KimHotspot.RouterOs;

/// <summary>One <c>!trap</c>: its message and optional category (reference §1.5).</summary>
/// <param name="Message">The <c>=message=</c> text.</param>
/// <param name="Category">The <c>=category=</c> number, when the router sent one.</param>
public sealed record RouterOsTrap(string Message, int? Category);

/// <summary>
/// The router answered a command with <c>!trap</c>. All traps of the command are kept (an unknown
/// path gives two); <see cref="Exception.Message"/> joins their texts.
/// </summary>
public class RouterOsTrapException : RouterOsException
{
    /// <summary>Creates an exception.</summary>
    public RouterOsTrapException() : this("?", [new RouterOsTrap("trap", null)]) { }

    /// <summary>Creates an exception.</summary>
    public RouterOsTrapException(string message) : this("?", [new RouterOsTrap(message, null)]) { }

    /// <summary>Creates an exception.</summary>
    public RouterOsTrapException(string message, Exception? innerException)
        : base(message, innerException) => Traps = [new RouterOsTrap(message, null)];

    /// <summary>Creates an exception for <paramref name="command"/> from its traps.</summary>
    public RouterOsTrapException(string command, IReadOnlyList<RouterOsTrap> traps)
        : base($"{command}: {string.Join(", ", (traps ?? []).Select(t => t.Message))}", isTransient: false)
    {
        ArgumentNullException.ThrowIfNull(traps);
        if (traps.Count == 0)
        {
            throw new ArgumentException("At least one trap.", nameof(traps));
        }

        Command = command;
        Traps = traps;
    }

    /// <summary>The command path that failed.</summary>
    public string Command { get; } = "?";

    /// <summary>Every trap, in order.</summary>
    public IReadOnlyList<RouterOsTrap> Traps { get; }

    /// <summary>The first trap's category, when given.</summary>
    public int? Category => Traps[0].Category;

    /// <summary>The first trap's message.</summary>
    public string RouterMessage => Traps[0].Message;

    /// <summary>True for "no such item" (missing row id).</summary>
    public bool IsNoSuchItem => Traps.Any(t => t.Message.Contains("no such item", StringComparison.Ordinal));

    /// <summary>True for "no such command…" (unknown menu or verb).</summary>
    public bool IsNoSuchCommand => Traps.Any(t => t.Message.StartsWith("no such command", StringComparison.Ordinal));

    /// <summary>True for "failure: already have …" (duplicate).</summary>
    public bool IsAlreadyExists => Traps.Any(t => t.Message.Contains("already have", StringComparison.Ordinal));

    /// <summary>True for category 2 "interrupted" (the command was cancelled).</summary>
    public bool IsInterrupted => Traps.Any(t => t.Category == 2);
}
