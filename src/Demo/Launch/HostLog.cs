namespace KimHotspot.Demo.Launch;

/// <summary>A child's stdout and stderr, line by line, into its log file; the last lines kept for error messages.</summary>
internal sealed class HostLog(string path) : IAsyncDisposable
{
    private const int TailLines = 25;

    private readonly StreamWriter _file = new(path, append: false) { AutoFlush = true };
    private readonly Queue<string> _tail = new();
    private readonly List<string> _all = [];
    private readonly Lock _gate = new();

    /// <summary>Called with every line (outside the lock).</summary>
    public Action<string>? OnLine { get; set; }

    public void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _file.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }

            if (_all.Count < 10_000)
            {
                _all.Add(line);
            }
        }

        OnLine?.Invoke(line);
    }

    public string Tail()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _tail);
        }
    }

    public string All()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _all);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _file.FlushAsync();
        lock (_gate)
        {
            _file.Dispose();
        }
    }
}
