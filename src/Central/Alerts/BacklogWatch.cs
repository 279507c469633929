namespace KimHotspot.Central.Alerts;

/// <summary>Recent outbox depths of one site: how much the backlog grew within a window.</summary>
public sealed class BacklogWatch
{
    private readonly Queue<(DateTimeOffset At, int Depth)> _samples = new();

    /// <summary>Adds a depth seen at <paramref name="now"/> and returns the growth over the lowest depth within <paramref name="window"/>.</summary>
    public long Observe(DateTimeOffset now, int? depth, TimeSpan window)
    {
        while (_samples.Count > 0 && now - _samples.Peek().At > window)
        {
            _samples.Dequeue();
        }

        if (depth is not { } current)
        {
            return 0;
        }

        _samples.Enqueue((now, current));
        return current - _samples.Min(s => s.Depth);
    }
}
