using System.Threading.Channels;

namespace KimHotspot.RouterOs.Connection;

/// <summary>A streaming command (<c>listen</c>, <c>monitor-traffic</c>): rows go to a bounded channel.</summary>
internal sealed class PendingStream : PendingCommand
{
    /// <summary>Rows buffered for a slow consumer before the stream is failed (never blocks the read loop).</summary>
    public const int Capacity = 4096;

    private readonly Channel<RouterOsRow> _rows = Channel.CreateBounded<RouterOsRow>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });

    public PendingStream(string tag, string path)
        : base(tag, path)
    {
    }

    public ChannelReader<RouterOsRow> Reader => _rows.Reader;

    public override bool OnRow(RouterOsRow row)
    {
        if (_rows.Writer.TryWrite(row))
        {
            return true;
        }

        Fail(new RouterOsException(
            $"{Path}: the consumer fell {Capacity} rows behind; the stream was cancelled.", isTransient: false));
        return false;
    }

    public override void OnDone(RouterOsRow done)
    {
        if (TryFinish())
        {
            _rows.Writer.TryComplete(TrapError());
        }
    }

    public override void Fail(Exception error)
    {
        if (TryFinish())
        {
            _rows.Writer.TryComplete(error);
        }
    }
}
