using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace KimHotspot.RouterOs.Connection;

/// <summary>Running commands: registration by tag, cancellation, time-outs, streams.</summary>
public sealed partial class RouterOsConnection
{
    /// <inheritdoc />
    public IAsyncEnumerable<RouterOsRow> StreamAsync(RouterOsCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return StreamCoreAsync(command, cancellationToken);
    }

    /// <summary>Runs one command; untagged only for login (the single untagged request).</summary>
    internal async Task<RouterOsResponse> RunAsync(
        RouterOsCommand command, bool tagged, TimeSpan replyTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingExecution(tagged ? NextTag() : null, command.Path);
        Register(pending);
        if (tagged && replyTimeout != Timeout.InfiniteTimeSpan)
        {
            pending.StartReplyTimer(_time, replyTimeout, OnReplyTimeout);
        }

        try
        {
            await SendAsync(command.ToWords(), pending.Tag, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Unregister(pending);
            pending.Fail(ex); // stops the timer
            throw;
        }

        using var registration = cancellationToken.Register(
            static (state, token) =>
            {
                var (self, p) = ((RouterOsConnection, PendingExecution))state!;
                self.OnCancelled(p, token);
            },
            (this, pending));
        return await pending.Task.ConfigureAwait(false);
    }

    private void OnCancelled(PendingExecution pending, CancellationToken token)
    {
        if (pending.TryCancel(token) && pending.Tag is { } tag)
        {
            _ = SendCancelAsync(tag);
        }
    }

    private void OnReplyTimeout(PendingExecution pending)
    {
        var error = new RouterOsException(
            $"{pending.Path} timed out: no reply from {Endpoint} within {_options.CommandTimeout}.", isTransient: true);
        if (pending.TryTimeOut(error) && pending.Tag is { } tag)
        {
            Log.CommandTimedOut(_logger, pending.Path, tag, _options.CommandTimeout);
            _ = SendCancelAsync(tag);
        }
    }

    private async IAsyncEnumerable<RouterOsRow> StreamCoreAsync(
        RouterOsCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = new PendingStream(NextTag(), command.Path);
        if (!await StartStreamAsync(pending, command, cancellationToken).ConfigureAwait(false))
        {
            yield break;
        }

        try
        {
            var reader = pending.Reader;
            while (await WaitToReadAsync(reader, cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var row))
                {
                    yield return row;
                }
            }
        }
        finally
        {
            if (pending.TryAbandon())
            {
                await SendCancelAsync(pending.Tag!).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> StartStreamAsync(PendingStream pending, RouterOsCommand command, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        Register(pending);
        try
        {
            await SendAsync(command.ToWords(), pending.Tag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Unregister(pending);
            return false;
        }
        catch
        {
            Unregister(pending);
            throw;
        }
    }

    private static async Task<bool> WaitToReadAsync(ChannelReader<RouterOsRow> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Sends <c>/cancel =tag=T</c> with its own tag; never throws (best effort).</summary>
    private async Task SendCancelAsync(string tag)
    {
        if (!IsConnected)
        {
            return;
        }

        try
        {
            var cancel = PendingExecution.Ignored(NextTag(), "/cancel");
            Register(cancel);
            await SendAsync(["/cancel", "=tag=" + tag], cancel.Tag, CancellationToken.None).ConfigureAwait(false);
            Log.CancelSent(_logger, tag);
        }
        catch (RouterOsException ex)
        {
            Log.CancelFailed(_logger, tag, ex.Message);
        }
    }

    private void Register(PendingCommand pending)
    {
        if (pending.Tag is { } tag)
        {
            _pending[tag] = pending;
        }
        else if (Interlocked.CompareExchange(ref _untagged, pending, null) is not null)
        {
            throw new InvalidOperationException("Only one untagged command can run at a time.");
        }

        if (Fault is { } fault)
        {
            Unregister(pending);
            throw Closed(fault);
        }
    }

    private void Unregister(PendingCommand pending)
    {
        if (pending.Tag is { } tag)
        {
            _pending.TryRemove(new KeyValuePair<string, PendingCommand>(tag, pending));
        }
        else
        {
            Interlocked.CompareExchange(ref _untagged, null, pending);
        }
    }

    private RouterOsException Closed(RouterOsException fault) =>
        new($"The connection to {Endpoint} is closed: {fault.Message}", isTransient: true, fault);
}
