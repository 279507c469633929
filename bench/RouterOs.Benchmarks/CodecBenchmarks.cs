using System.Buffers;
using BenchmarkDotNet.Attributes;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Benchmarks;

/// <summary>
/// Sentence decode and encode on a realistic reply: 1,000 <c>/ip/hotspot/active</c> rows of 16 words
/// each (plus the tag), as one buffer. Per-word figures are the per-op figures divided by <see cref="Words"/>.
/// </summary>
[MemoryDiagnoser]
public class CodecBenchmarks
{
    public const int Rows = 1_000;
    private byte[] _wire = [];
    private readonly SentenceReader _reader = new();
    private readonly AttributeNameCache _names = new();
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private string[][] _sentences = [];

    /// <summary>Words decoded per operation (reply words, attributes and tags).</summary>
    public static int Words => Rows * (ActiveRow(0).Length);

    [GlobalSetup]
    public void Setup()
    {
        _sentences = Enumerable.Range(0, Rows).Select(ActiveRow).ToArray();
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var s in _sentences)
        {
            SentenceWriter.WriteSentence(buffer, s);
        }

        _wire = buffer.WrittenSpan.ToArray();
    }

    internal static string[] ActiveRow(int i) =>
    [
        "!re", $"=.id=*{i + 1:X}", "=server=hotspot1", $"=user=v-{i:D4}", "=domain=",
        $"=address=10.5.{50 + (i / 250)}.{(i % 250) + 2}", $"=mac-address=02:00:00:00:{i / 256:X2}:{i % 256:X2}",
        "=login-by=http-chap", "=uptime=1h2m3s", "=idle-time=12s", "=session-time-left=57m57s",
        "=idle-timeout=5m", "=keepalive-timeout=2m", $"=bytes-in={1048576 + i}", $"=bytes-out={20971520 + i}",
        "=packets-in=2100", ".tag=42",
    ];

    /// <summary>Framing only: cut every sentence out of the stream.</summary>
    [Benchmark]
    public int DecodeSentences()
    {
        var buffer = new ReadOnlySequence<byte>(_wire);
        int words = 0;
        while (_reader.TryRead(ref buffer, out var sentence))
        {
            words += sentence.Count;
        }

        return words;
    }

    /// <summary>Framing plus reply parsing into key/value strings (what the client keeps).</summary>
    [Benchmark]
    public int DecodeReplies()
    {
        var buffer = new ReadOnlySequence<byte>(_wire);
        int attributes = 0;
        while (_reader.TryRead(ref buffer, out var sentence))
        {
            attributes += Reply.Parse(sentence, null, _names).Attributes.Count;
        }

        return attributes;
    }

    /// <summary>Encoding the same rows (what the simulator writes).</summary>
    [Benchmark]
    public int EncodeSentences()
    {
        _output.ResetWrittenCount();
        foreach (var s in _sentences)
        {
            SentenceWriter.WriteSentence(_output, s);
        }

        return _output.WrittenCount;
    }
}
