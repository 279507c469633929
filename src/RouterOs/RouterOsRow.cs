namespace KimHotspot.RouterOs;

/// <summary>
/// One reply row (<c>!re</c>, or the attributes of <c>!done</c>): ordered key/value pairs, duplicates
/// kept. An empty value (<c>=comment=</c>) is different from an absent key.
/// </summary>
public sealed class RouterOsRow
{
    /// <summary>A row with no attributes.</summary>
    public static RouterOsRow Empty { get; } = new([]);

    /// <summary>Creates a row.</summary>
    public RouterOsRow(IReadOnlyList<KeyValuePair<string, string>> pairs) =>
        Pairs = pairs ?? throw new ArgumentNullException(nameof(pairs));

    /// <summary>All pairs in wire order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs { get; }

    /// <summary>The first value of <paramref name="key"/>, or null when absent.</summary>
    public string? this[string key] => TryGetValue(key, out var v) ? v : null;

    /// <summary>The row's <c>.id</c>, or null.</summary>
    public string? Id => this[".id"];

    /// <summary>Looks up the first value of <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out string value)
    {
        foreach (var pair in Pairs)
        {
            if (pair.Key == key)
            {
                value = pair.Value;
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    /// <summary>Every value of <paramref name="key"/> (some menus repeat keys).</summary>
    public IEnumerable<string> GetValues(string key) =>
        Pairs.Where(p => p.Key == key).Select(p => p.Value);

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', Pairs.Select(p => $"={p.Key}={p.Value}"));
}
