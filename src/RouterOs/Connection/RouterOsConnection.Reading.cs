using System.IO.Pipelines;
using System.Net.Sockets;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Connection;

/// <summary>The read side: one loop cuts sentences, routes them by tag, and ends the connection on failure.</summary>
public sealed partial class RouterOsConnection
{
    private async Task ReadLoopAsync()
    {
        var reader = PipeReader.Create(_stream, new StreamPipeReaderOptions(leaveOpen: true));
        var maxSentence = (int)Math.Min(int.MaxValue, 4L * _options.MaxWordBytes);
        var sentences = new SentenceReader(_options.MaxWordBytes, maxSentence);
        var names = new AttributeNameCache();
        RouterOsException? end = null;
        bool endOfStream = false;
        try
        {
            while (end is null)
            {
                var result = await reader.ReadAsync(_lifetime.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (sentences.TryRead(ref buffer, out var sentence))
                {
                    if (!Dispatch(Reply.Parse(sentence, _options.Encoding, names)))
                    {
                        return;
                    }
                }

                if (result.IsCompleted)
                {
                    endOfStream = true;
                    end = new RouterOsException(
                        buffer.IsEmpty
                            ? $"{Endpoint} closed the connection."
                            : $"{Endpoint} closed the connection in the middle of a sentence.",
                        isTransient: true);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            return;
        }
        catch (RouterOsProtocolException ex)
        {
            end = new RouterOsProtocolException($"{Endpoint} sent data that is not the RouterOS API protocol: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            endOfStream = true;
            end = new RouterOsException($"Connection to {Endpoint} lost: {ex.Message}", isTransient: true, ex);
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }

        Fail(end, endOfStream);
    }

    /// <summary>Routes one reply; false when it ended the connection (<c>!fatal</c>).</summary>
    private bool Dispatch(Reply reply)
    {
        bool alive = Route(reply);
        ReplyReceived?.Invoke(reply);
        return alive;
    }

    private bool Route(Reply reply)
    {
        if (reply.Kind == ReplyKind.Fatal)
        {
            var reason = reply.FreeText.Count > 0 ? string.Join(' ', reply.FreeText) : reply.Get("message") ?? "no reason given";
            Fail(new RouterOsException($"{Endpoint} ended the session: {reason}", isTransient: true), endOfStream: false);
            return false;
        }

        if (reply.Kind == ReplyKind.Unknown)
        {
            Log.UnknownReply(_logger, reply.Word, reply.Tag, Endpoint);
            return true;
        }

        var pending = reply.Tag is { } tag ? _pending.GetValueOrDefault(tag) : Volatile.Read(ref _untagged);
        if (pending is null)
        {
            Log.ReplyDropped(_logger, reply.Word, reply.Tag);
            return true;
        }

        if (reply.Kind == ReplyKind.Done)
        {
            Unregister(pending);
        }

        if (!pending.IsActive)
        {
            return true;
        }

        pending.Touch();
        switch (reply.Kind)
        {
            case ReplyKind.Re when !pending.OnRow(new RouterOsRow(reply.Attributes)):
                Log.StreamOverflow(_logger, pending.Path, pending.Tag);
                _ = SendCancelAsync(pending.Tag!);
                break;
            case ReplyKind.Trap:
                pending.OnTrap(PendingCommand.ToTrap(reply));
                break;
            case ReplyKind.Done:
                pending.OnDone(new RouterOsRow(reply.Attributes));
                break;
        }

        return true;
    }

    /// <summary>
    /// Ends the connection once: records the fault, closes the socket, fails every pending command
    /// (a reboot/shutdown command succeeds when the link simply drops).
    /// </summary>
    private void Fail(RouterOsException error, bool endOfStream)
    {
        if (Interlocked.CompareExchange(ref _fault, error, null) is not null)
        {
            return;
        }

        if (Volatile.Read(ref _disposed) == 0)
        {
            Log.ConnectionLost(_logger, Endpoint, error.Message);
        }
        else
        {
            Log.ConnectionClosed(_logger, Endpoint, error.Message);
        }

        _lifetime.Cancel();
        _socket.Dispose();
        var all = _pending.Values.ToList();
        _pending.Clear();
        if (Interlocked.Exchange(ref _untagged, null) is { } untagged)
        {
            all.Add(untagged);
        }

        foreach (var pending in all)
        {
            if (endOfStream && pending.SucceedsOnDisconnect)
            {
                pending.OnDone(RouterOsRow.Empty);
            }
            else
            {
                pending.Fail(error);
            }
        }

        _closed.TrySetResult();
    }
}
