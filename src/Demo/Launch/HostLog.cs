namespace KimHotspot.Demo.Launch;

/// <summary>
/// A child's stdout and stderr, line by line: a running host's into its log file, a one-shot command's (which prints
/// passwords and keys) in memory only. The last lines are kept for error messages.
/// </summary>
internal sealed class HostLog : IAsyncDisposable
{
    private const int TailLines = 25;

    private readonly StreamWriter? _file;
    private readonly List<string>? _all;
    private readonly Action<string>? _onLine;
    private readonly Queue<string> _tail = new();
    private readonly Lock _gate = new();

    /// <param name="path">The log file; null keeps every line in memory instead (<see cref="All"/>).</param>
    /// <param name="onLine">Called with every line, outside the lock.</param>
    public HostLog(string? path, Action<string>? onLine = null)
    {
        _file = path is null ? null : new StreamWriter(path, append: false) { AutoFlush = true };
        _all = path is null ? [] : null;
        _onLine = onLine;
    }

    public void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _file?.WriteLine(line);
            _all?.Add(line);
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }

        _onLine?.Invoke(line);
    }

    public string Tail()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _tail);
        }
    }

    /// <summary>Everything written, for a log kept in memory.</summary>
    public string All()
    {
        lock (_gate)
        {
            return _all is null ? throw new InvalidOperationException("This log goes to a file.") : string.Join(Environment.NewLine, _all);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is null)
        {
            return;
        }

        await _file.FlushAsync();
        lock (_gate)
        {
            _file.Dispose();
        }
    }
}
