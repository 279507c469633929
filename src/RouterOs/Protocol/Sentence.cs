using System.Text;

namespace KimHotspot.RouterOs.Protocol;

/// <summary>
/// One API sentence as raw words: all word bytes live in one buffer, so a sentence costs a fixed
/// number of allocations however many words it has. Words are bytes; decode them at the edge.
/// </summary>
public sealed class Sentence
{
    private readonly byte[] _buffer;
    private readonly int[] _ends;

    internal Sentence(byte[] buffer, int[] ends, int count)
    {
        _buffer = buffer;
        _ends = ends;
        Count = count;
    }

    /// <summary>Number of words (the terminating empty word is not counted).</summary>
    public int Count { get; }

    /// <summary>Total bytes of all words, without length prefixes.</summary>
    public int ContentLength => Count == 0 ? 0 : _ends[Count - 1];

    /// <summary>The bytes of word <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> this[int index] => GetMemory(index).Span;

    /// <summary>The bytes of word <paramref name="index"/> as memory that stays valid with the sentence.</summary>
    public ReadOnlyMemory<byte> GetMemory(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        int start = index == 0 ? 0 : _ends[index - 1];
        return _buffer.AsMemory(start, _ends[index] - start);
    }

    /// <summary>Word <paramref name="index"/> decoded with <see cref="WordEncoding.Default"/>.</summary>
    public string GetString(int index) => WordEncoding.Default.GetString(this[index]);

    /// <summary>Builds a sentence from strings (encoded with <paramref name="encoding"/>, UTF-8 by default).</summary>
    public static Sentence FromWords(IEnumerable<string> words, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        encoding ??= Encoding.UTF8;
        return FromWords(words.Select(w => encoding.GetBytes(w)));
    }

    /// <summary>Builds a sentence from raw words.</summary>
    public static Sentence FromWords(IEnumerable<byte[]> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = words.ToList();
        var ends = new int[list.Count];
        var buffer = new byte[list.Sum(w => w.Length)];
        int at = 0;
        for (int i = 0; i < list.Count; i++)
        {
            list[i].CopyTo(buffer, at);
            at += list[i].Length;
            ends[i] = at;
        }

        return new Sentence(buffer, ends, list.Count);
    }

    /// <summary>All words decoded, for logs and tests.</summary>
    public IReadOnlyList<string> ToStrings()
    {
        var result = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            result[i] = GetString(i);
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', ToStrings());
}
