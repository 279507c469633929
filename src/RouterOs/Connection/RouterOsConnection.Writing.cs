using System.Buffers;
using System.Net.Sockets;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Connection;

/// <summary>The write side: whole sentences, one at a time.</summary>
public sealed partial class RouterOsConnection
{
    private const int KeptWriteBufferBytes = 64 * 1024;

    /// <summary>
    /// Builds the sentence (words, then <c>.tag</c>, then the terminator) into the reused buffer and
    /// writes it with one write and flush under the write lock. The caller's token only covers
    /// waiting for the lock: a half-written sentence would corrupt the stream, so a failed write
    /// ends the connection instead.
    /// </summary>
    private async Task SendAsync(IEnumerable<string> words, string? tag, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfClosed();
            var buffer = _writeBuffer;
            buffer.ResetWrittenCount();
            string? path = null;
            foreach (var word in words)
            {
                if (word.Length == 0)
                {
                    throw new ArgumentException("A word cannot be empty: an empty word ends the sentence.", nameof(words));
                }

                path ??= word;
                SentenceWriter.WriteWord(buffer, word, _options.Encoding);
            }

            if (tag is not null)
            {
                SentenceWriter.WriteWord(buffer, ".tag=" + tag, _options.Encoding);
            }

            SentenceWriter.WriteEnd(buffer);
            await WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
            Log.Sent(_logger, path ?? "?", tag);
            CommandSent?.Invoke(path ?? "?", tag);
            if (buffer.Capacity > KeptWriteBufferBytes)
            {
                _writeBuffer = new ArrayBufferWriter<byte>(256);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> sentence)
    {
        try
        {
            await _stream.WriteAsync(sentence, _lifetime.Token).ConfigureAwait(false);
            await _stream.FlushAsync(_lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            var error = new RouterOsException($"Writing to {Endpoint} failed: {ex.Message}", isTransient: true, ex);
            Fail(error, endOfStream: true);
            throw Closed(Fault ?? error);
        }
    }

    private void ThrowIfClosed()
    {
        if (Fault is { } fault)
        {
            throw Closed(fault);
        }
    }
}
