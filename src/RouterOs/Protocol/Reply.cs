namespace KimHotspot.RouterOs.Protocol;

/// <summary>
/// One parsed router-to-client sentence: the reply word, its <c>.tag</c> (wherever it stands),
/// its attributes in order (duplicates kept) and any free-text words (the reason after <c>!fatal</c>).
/// </summary>
public sealed class Reply
{
    private static readonly KeyValuePair<string, string>[] NoAttributes = [];

    private Reply(ReplyKind kind, string word, string? tag, KeyValuePair<string, string>[] attributes, string[] text)
    {
        Kind = kind;
        Word = word;
        Tag = tag;
        Attributes = attributes;
        FreeText = text;
    }

    /// <summary>Which reply this is.</summary>
    public ReplyKind Kind { get; }

    /// <summary>The reply word as sent, e.g. <c>!re</c>.</summary>
    public string Word { get; }

    /// <summary>The value of the <c>.tag</c> word, or null when the reply is untagged.</summary>
    public string? Tag { get; }

    /// <summary><c>=key=value</c> words in order; <c>=key</c> alone gives an empty value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>Words with neither <c>=</c> nor <c>.tag=</c> prefix (the <c>!fatal</c> reason).</summary>
    public IReadOnlyList<string> FreeText { get; }

    /// <summary>First value of <paramref name="key"/>, or null.</summary>
    public string? Get(string key)
    {
        foreach (var pair in Attributes)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Parses a reply sentence.</summary>
    /// <exception cref="RouterOsProtocolException">The first word is not a reply word.</exception>
    public static Reply Parse(Sentence sentence, WordEncoding? encoding = null, AttributeNameCache? names = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        encoding ??= WordEncoding.Default;
        var first = sentence[0];
        if (first.IsEmpty || first[0] != (byte)'!')
        {
            throw new RouterOsProtocolException(
                $"Expected a reply word starting with '!', got '{encoding.GetString(first)}'.");
        }

        var (kind, word) = ClassifyWord(first, encoding);
        string? tag = null;
        int attributeCount = 0;
        for (int i = 1; i < sentence.Count; i++)
        {
            attributeCount += sentence[i][0] == (byte)'=' ? 1 : 0;
        }

        var attributes = attributeCount == 0 ? NoAttributes : new KeyValuePair<string, string>[attributeCount];
        int at = 0;
        List<string>? text = null;
        for (int i = 1; i < sentence.Count; i++)
        {
            var w = sentence[i];
            if (w[0] == (byte)'=')
            {
                var body = w[1..];
                int eq = body.IndexOf((byte)'=');
                var nameBytes = eq < 0 ? body : body[..eq];
                string name = names is null ? encoding.GetString(nameBytes) : names.Get(nameBytes, encoding);
                string value = eq < 0 ? string.Empty : encoding.GetString(body[(eq + 1)..]);
                attributes[at++] = new(name, value);
            }
            else if (w.StartsWith(".tag="u8))
            {
                tag = encoding.GetString(w[5..]);
            }
            else
            {
                (text ??= []).Add(encoding.GetString(w));
            }
        }

        return new Reply(kind, word, tag, attributes, text?.ToArray() ?? []);
    }

    private static (ReplyKind Kind, string Word) ClassifyWord(ReadOnlySpan<byte> w, WordEncoding encoding)
    {
        if (w.SequenceEqual("!re"u8))
        {
            return (ReplyKind.Re, "!re");
        }

        if (w.SequenceEqual("!done"u8))
        {
            return (ReplyKind.Done, "!done");
        }

        if (w.SequenceEqual("!trap"u8))
        {
            return (ReplyKind.Trap, "!trap");
        }

        if (w.SequenceEqual("!fatal"u8))
        {
            return (ReplyKind.Fatal, "!fatal");
        }

        if (w.SequenceEqual("!empty"u8))
        {
            return (ReplyKind.Empty, "!empty");
        }

        return (ReplyKind.Unknown, encoding.GetString(w));
    }
}
