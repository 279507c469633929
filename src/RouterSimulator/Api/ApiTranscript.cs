using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>One sentence on an API connection, as text words.</summary>
/// <param name="Connection">Connection number (1, 2, … per router).</param>
/// <param name="FromClient">True for commands, false for replies.</param>
/// <param name="Words">The words, decoded (UTF-8, Latin-1 when not valid UTF-8).</param>
public sealed record TranscriptEntry(int Connection, bool FromClient, IReadOnlyList<string> Words)
{
    /// <inheritdoc />
    public override string ToString() => (FromClient ? "-> " : "<- ") + string.Join(' ', Words);
}

/// <summary>Optional record of every API sentence both ways (off by default), for tests and debugging.</summary>
public sealed class ApiTranscript
{
    private readonly List<TranscriptEntry> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>Whether sentences are recorded.</summary>
    public bool Enabled { get; set; }

    /// <summary>Raised for every recorded sentence (on the connection's thread).</summary>
    public event Action<TranscriptEntry>? Recorded;

    /// <summary>A snapshot of what was recorded so far.</summary>
    public IReadOnlyList<TranscriptEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>Forgets what was recorded.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    internal void Record(int connection, bool fromClient, IReadOnlyList<string> wireWords)
    {
        if (!Enabled)
        {
            return;
        }

        var entry = new TranscriptEntry(connection, fromClient, wireWords.Select(Wire.ToText).ToArray());
        lock (_gate)
        {
            _entries.Add(entry);
        }

        Recorded?.Invoke(entry);
    }
}
