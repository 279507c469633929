using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterSimulator.Model;

/// <summary>A parsed command sentence: command word, attributes (in order), queries (in order), tag.</summary>
internal sealed class ApiRequest
{
    private ApiRequest(string command, string? tag, List<KeyValuePair<string, string>> attributes, List<string> queries)
    {
        Command = command;
        Tag = tag;
        Attributes = attributes;
        Queries = queries;
    }

    public string Command { get; }

    /// <summary>The <c>.tag</c> value, null when absent or empty.</summary>
    public string? Tag { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>Query words without the leading <c>?</c>.</summary>
    public IReadOnlyList<string> Queries { get; }

    public static ApiRequest Parse(Sentence sentence)
    {
        string command = Wire.Decode(sentence[0]);
        string? tag = null;
        var attributes = new List<KeyValuePair<string, string>>();
        var queries = new List<string>();
        for (int i = 1; i < sentence.Count; i++)
        {
            string word = Wire.Decode(sentence[i]);
            if (word[0] == '=')
            {
                int eq = word.IndexOf('=', 1);
                attributes.Add(eq < 0 ? new(word[1..], string.Empty) : new(word[1..eq], word[(eq + 1)..]));
            }
            else if (word[0] == '?')
            {
                queries.Add(word[1..]);
            }
            else if (word.StartsWith(".tag=", StringComparison.Ordinal))
            {
                tag = word.Length > 5 ? word[5..] : null;
            }
        }

        return new ApiRequest(command, tag, attributes, queries);
    }

    /// <summary>First value of attribute <paramref name="name"/>, or null.</summary>
    public string? Get(string name)
    {
        foreach (var pair in Attributes)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public bool Has(string name) => Get(name) is not null;

    /// <summary>The value of a required attribute.</summary>
    public string Require(string name) => Get(name) is { Length: > 0 } v ? v : throw ApiTrap.Missing(name);

    /// <summary>The ids of <c>=.id=</c> or <c>=numbers=</c> (comma list), or null when neither is given.</summary>
    public IReadOnlyList<string>? Ids()
    {
        var raw = Get(".id") ?? Get("numbers");
        return raw?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The <c>.proplist</c> names, or null.</summary>
    public IReadOnlyList<string>? Proplist() =>
        Get(".proplist")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Attributes that set values (everything but ids, proplist and flags of the verb itself).</summary>
    public IEnumerable<KeyValuePair<string, string>> Values() =>
        Attributes.Where(a => a.Key is not (".id" or "numbers" or ".proplist"));
}
