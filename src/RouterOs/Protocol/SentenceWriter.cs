using System.Buffers;

namespace KimHotspot.RouterOs.Protocol;

/// <summary>
/// Writes sentences with the shortest length prefixes (reference §1.1). Pure: writes into an
/// <see cref="IBufferWriter{T}"/>, so a whole sentence can be built before one socket write.
/// </summary>
public static class SentenceWriter
{
    /// <summary>Writes one word: prefix then bytes.</summary>
    public static void WriteWord(IBufferWriter<byte> output, ReadOnlySpan<byte> word, bool longPrefix = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        var span = output.GetSpan(WordLength.MaxPrefixBytes + word.Length);
        int prefix = longPrefix
            ? WordLength.WriteLong(span, (uint)word.Length)
            : WordLength.Write(span, (uint)word.Length);
        word.CopyTo(span[prefix..]);
        output.Advance(prefix + word.Length);
    }

    /// <summary>Writes one word encoded with <paramref name="encoding"/> (UTF-8 by default).</summary>
    public static void WriteWord(IBufferWriter<byte> output, string word, WordEncoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(word);
        var enc = (encoding ?? WordEncoding.Default).Encoding;
        int byteCount = enc.GetByteCount(word);
        var span = output.GetSpan(WordLength.MaxPrefixBytes + byteCount);
        int prefix = WordLength.Write(span, (uint)byteCount);
        int written = enc.GetBytes(word, span[prefix..]);
        output.Advance(prefix + written);
    }

    /// <summary>Writes the zero-length word that ends a sentence.</summary>
    public static void WriteEnd(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.GetSpan(1)[0] = 0;
        output.Advance(1);
    }

    /// <summary>Writes a whole sentence of strings, terminator included.</summary>
    public static void WriteSentence(IBufferWriter<byte> output, IEnumerable<string> words, WordEncoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                throw new ArgumentException("A word cannot be empty: an empty word ends the sentence.", nameof(words));
            }

            WriteWord(output, word, encoding);
        }

        WriteEnd(output);
    }

    /// <summary>Writes a whole sentence of raw words, terminator included.</summary>
    public static void WriteSentence(IBufferWriter<byte> output, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (int i = 0; i < sentence.Count; i++)
        {
            WriteWord(output, sentence[i]);
        }

        WriteEnd(output);
    }

    /// <summary>Encodes a sentence of strings into a new array.</summary>
    public static byte[] Encode(IEnumerable<string> words, WordEncoding? encoding = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteSentence(buffer, words, encoding);
        return buffer.WrittenSpan.ToArray();
    }
}
