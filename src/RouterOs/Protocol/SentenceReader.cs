using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace KimHotspot.RouterOs.Protocol;

/// <summary>
/// Cuts whole sentences out of a byte stream (reference §1.1–1.2). Pure: no I/O, no async.
/// Works for any segmentation of the input: feed what has arrived, and "need more data" is
/// reported as <see langword="false"/> without consuming anything.
/// </summary>
public sealed class SentenceReader
{
    /// <summary>Default cap for one word: 16 MiB (file contents and scripts fit, garbage does not).</summary>
    public const int DefaultMaxWordBytes = 16 * 1024 * 1024;

    /// <summary>Creates a reader.</summary>
    /// <param name="maxWordBytes">Largest word accepted; a longer length prefix is a protocol error.</param>
    /// <param name="maxSentenceBytes">Largest sentence (sum of its words) accepted.</param>
    public SentenceReader(int maxWordBytes = DefaultMaxWordBytes, int maxSentenceBytes = 4 * DefaultMaxWordBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWordBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSentenceBytes, maxWordBytes);
        MaxWordBytes = maxWordBytes;
        MaxSentenceBytes = maxSentenceBytes;
    }

    /// <summary>Largest word accepted.</summary>
    public int MaxWordBytes { get; }

    /// <summary>Largest sentence accepted.</summary>
    public int MaxSentenceBytes { get; }

    /// <summary>
    /// Reads the next sentence. On success, <paramref name="buffer"/> is advanced past it (and past
    /// any empty sentences before it, which the protocol says to ignore). On "need more data",
    /// returns <see langword="false"/>; <paramref name="buffer"/> is then advanced only past
    /// skipped empty sentences.
    /// </summary>
    /// <exception cref="RouterOsProtocolException">Control byte, unsupported prefix or a length over the caps.</exception>
    public bool TryRead(ref ReadOnlySequence<byte> buffer, [NotNullWhen(true)] out Sentence? sentence)
    {
        sentence = null;
        while (true)
        {
            // First pass: find the end of the sentence, count words and bytes, without copying.
            var reader = new SequenceReader<byte>(buffer);
            int words = 0;
            long content = 0;
            while (true)
            {
                if (!WordLength.TryRead(ref reader, out uint length))
                {
                    return false;
                }

                if (length == 0)
                {
                    break;
                }

                if (length > (uint)MaxWordBytes)
                {
                    throw new RouterOsProtocolException(
                        $"Word of {length} bytes exceeds the cap of {MaxWordBytes} bytes.");
                }

                content += length;
                if (content > MaxSentenceBytes)
                {
                    throw new RouterOsProtocolException(
                        $"Sentence exceeds the cap of {MaxSentenceBytes} bytes.");
                }

                if (reader.Remaining < length)
                {
                    return false;
                }

                reader.Advance(length);
                words++;
            }

            if (words == 0)
            {
                // A bare terminator: an empty sentence, ignored by the protocol.
                buffer = buffer.Slice(reader.Position);
                continue;
            }

            sentence = Copy(buffer.Slice(0, reader.Position), words, (int)content);
            buffer = buffer.Slice(reader.Position);
            return true;
        }
    }

    private static Sentence Copy(ReadOnlySequence<byte> raw, int words, int content)
    {
        var data = new byte[content];
        var ends = new int[words];
        var reader = new SequenceReader<byte>(raw);
        int at = 0;
        for (int i = 0; i < words; i++)
        {
            WordLength.TryRead(ref reader, out uint length);
            var target = data.AsSpan(at, (int)length);
            reader.TryCopyTo(target);
            reader.Advance(length);
            at += (int)length;
            ends[i] = at;
        }

        return new Sentence(data, ends, words);
    }
}
