using System.Buffers;
using KimHotspot.RouterOs.Protocol;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>
/// Writes whole reply sentences to one connection, one batch at a time (a lock keeps sentences of
/// concurrent commands apart), applying the fault switches and recording the transcript.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore is only awaited asynchronously: no wait handle to release.")]
internal sealed class ReplyWriter(Stream stream, int connection, SimulatedRouter router, Action abort)
{
    private const int FlushBytes = 64 * 1024;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public Task WriteAsync(string[] sentence, CancellationToken cancellationToken) =>
        WriteAsync([sentence], cancellationToken);

    public async Task WriteAsync(IReadOnlyList<string[]> sentences, CancellationToken cancellationToken)
    {
        var faults = router.Faults;
        if (faults.Silence || sentences.Count == 0)
        {
            return;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            foreach (var sentence in sentences)
            {
                router.Transcript.Record(connection, fromClient: false, sentence);
                if (!HasWriteFaults(faults))
                {
                    Encode(buffer, sentence, longPrefixes: false);
                    if (buffer.WrittenCount >= FlushBytes)
                    {
                        await FlushAsync(buffer, cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }

                await FlushAsync(buffer, cancellationToken).ConfigureAwait(false);
                await WriteWithFaultsAsync(sentence, faults, cancellationToken).ConfigureAwait(false);
            }

            await FlushAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    private static bool HasWriteFaults(FaultSwitches f) =>
        f.ReplyDelay > TimeSpan.Zero || f.ByteByByte || f.DropMidSentence || f.UnknownReplyWordNext || f.LongLengthPrefixes;

    private async Task WriteWithFaultsAsync(string[] sentence, FaultSwitches faults, CancellationToken cancellationToken)
    {
        if (TakeOneShot(faults, f => f.UnknownReplyWordNext, f => f.UnknownReplyWordNext = false))
        {
            string? tag = Replies.TagOf(sentence);
            string[] unknown = tag is null ? ["!foo", "=simulator=unknown reply word"] : ["!foo", "=simulator=unknown reply word", ".tag=" + tag];
            router.Transcript.Record(connection, fromClient: false, unknown);
            await WriteBytesAsync(EncodeOne(unknown, faults.LongLengthPrefixes), faults.ByteByByte, cancellationToken).ConfigureAwait(false);
        }

        if (faults.ReplyDelay > TimeSpan.Zero)
        {
            await Task.Delay(faults.ReplyDelay, router.Time, cancellationToken).ConfigureAwait(false);
        }

        var bytes = EncodeOne(sentence, faults.LongLengthPrefixes);
        if (TakeOneShot(faults, f => f.DropMidSentence, f => f.DropMidSentence = false))
        {
            await WriteBytesAsync(bytes[..(bytes.Length / 2)], faults.ByteByByte, cancellationToken).ConfigureAwait(false);
            abort();
            throw new IOException("Connection dropped mid-sentence by fault injection.");
        }

        await WriteBytesAsync(bytes, faults.ByteByByte, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteBytesAsync(byte[] bytes, bool byteByByte, CancellationToken cancellationToken)
    {
        if (!byteByByte)
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        for (int i = 0; i < bytes.Length; i++)
        {
            await stream.WriteAsync(bytes.AsMemory(i, 1), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        if (buffer.WrittenCount == 0)
        {
            return;
        }

        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
    }

    private static bool TakeOneShot(FaultSwitches faults, Func<FaultSwitches, bool> get, Action<FaultSwitches> clear)
    {
        lock (faults)
        {
            if (!get(faults))
            {
                return false;
            }

            clear(faults);
            return true;
        }
    }

    private static byte[] EncodeOne(string[] sentence, bool longPrefixes)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Encode(buffer, sentence, longPrefixes);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Encode(ArrayBufferWriter<byte> buffer, string[] sentence, bool longPrefixes)
    {
        foreach (var word in sentence)
        {
            if (longPrefixes)
            {
                SentenceWriter.WriteWord(buffer, Wire.Bytes.GetBytes(word), longPrefix: true);
            }
            else
            {
                SentenceWriter.WriteWord(buffer, word, Wire.WordEncoding);
            }
        }

        SentenceWriter.WriteEnd(buffer);
    }
}
