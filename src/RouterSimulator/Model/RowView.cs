namespace KimHotspot.RouterSimulator.Model;

/// <summary>One rendered row: ordered <c>key=value</c> pairs (byte strings), as a print would send them.</summary>
internal sealed class RowView : List<KeyValuePair<string, string>>
{
    public RowView()
    {
    }

    public RowView(int capacity)
        : base(capacity)
    {
    }

    /// <summary>Appends a pair.</summary>
    public void Add(string key, string value) => Add(new KeyValuePair<string, string>(key, value));

    /// <summary>First value of <paramref name="key"/>, or null when absent.</summary>
    public string? Get(string key)
    {
        foreach (var pair in this)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Only the pairs named in <paramref name="proplist"/>, in its order; absent names are skipped.</summary>
    public RowView Project(IReadOnlyList<string> proplist)
    {
        var result = new RowView(proplist.Count);
        foreach (var name in proplist)
        {
            if (Get(name) is { } value)
            {
                result.Add(name, value);
            }
        }

        return result;
    }
}

/// <summary>A change seen by <c>listen</c>: a row as it is now, or a removed id.</summary>
internal sealed record RowChange(string Id, RowView? Row)
{
    /// <summary>True when the row was removed.</summary>
    public bool Dead => Row is null;
}
