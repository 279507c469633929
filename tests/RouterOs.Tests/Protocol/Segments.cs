using System.Buffers;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Protocol;

/// <summary>Builds multi-segment sequences and replays a byte stream in chunks, as TCP would deliver it.</summary>
internal static class Segments
{
    public static ReadOnlySequence<byte> Create(params byte[][] parts)
    {
        if (parts.Length == 1)
        {
            return new ReadOnlySequence<byte>(parts[0]);
        }

        var first = new Segment(parts[0], 0);
        var last = first;
        foreach (var part in parts.Skip(1))
        {
            last = last.Append(part);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    /// <summary>Feeds <paramref name="wire"/> cut at <paramref name="cuts"/> and returns every sentence read.</summary>
    public static List<Sentence> Feed(byte[] wire, IEnumerable<int> cuts, SentenceReader? reader = null)
    {
        reader ??= new SentenceReader();
        var sentences = new List<Sentence>();
        var pending = new List<byte>();
        int from = 0;
        foreach (int cut in cuts.Append(wire.Length).Where(c => c > 0 && c <= wire.Length).Distinct().Order())
        {
            pending.AddRange(wire[from..cut]);
            from = cut;
            // Keep what has arrived as two segments when possible, to exercise multi-segment parsing.
            var arrived = pending.ToArray();
            var half = arrived.Length / 2;
            var buffer = arrived.Length > 1 ? Create(arrived[..half], arrived[half..]) : Create(arrived);
            while (reader.TryRead(ref buffer, out var sentence))
            {
                sentences.Add(sentence);
            }

            pending = [.. buffer.ToArray()];
        }

        Assert.Empty(pending);
        return sentences;
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
