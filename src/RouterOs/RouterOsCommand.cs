namespace KimHotspot.RouterOs;

/// <summary>
/// A command sentence to send: the command word, attribute words (<c>=name=value</c>) and query
/// words (<c>?…</c>, order kept). The connection adds the <c>.tag</c>.
/// </summary>
/// <example>
/// <code>
/// var cmd = new RouterOsCommand("/ip/hotspot/active/print")
///     .Proplist(".id", "user", "address")
///     .Where("server", "hotspot1");
/// </code>
/// </example>
public sealed class RouterOsCommand
{
    private readonly List<string> _words = [];

    /// <summary>Creates a command, e.g. <c>/ip/hotspot/user/add</c>.</summary>
    /// <exception cref="ArgumentException">The path does not start with '/'.</exception>
    public RouterOsCommand(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path[0] != '/')
        {
            throw new ArgumentException("A command word starts with '/'.", nameof(path));
        }

        Path = path;
    }

    /// <summary>The command word.</summary>
    public string Path { get; }

    /// <summary>All words after the command word, in order.</summary>
    public IReadOnlyList<string> Arguments => _words;

    /// <summary>Adds <c>=name=value</c> (an empty value is sent as <c>=name=</c>).</summary>
    public RouterOsCommand Attribute(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _words.Add($"={name}={value}");
        return this;
    }

    /// <summary>Adds <c>=name=value</c> only when <paramref name="value"/> is not null.</summary>
    public RouterOsCommand AttributeIfSet(string name, string? value) =>
        value is null ? this : Attribute(name, value);

    /// <summary>Adds <c>=.proplist=a,b,c</c>.</summary>
    public RouterOsCommand Proplist(params string[] names) => Attribute(".proplist", string.Join(',', names));

    /// <summary>Query: property equals value (<c>?name=value</c>).</summary>
    public RouterOsCommand Where(string name, string value) => Query($"?{name}={value}");

    /// <summary>Query: property present (<c>?name</c>).</summary>
    public RouterOsCommand WhereHas(string name) => Query($"?{name}");

    /// <summary>Query: property absent (<c>?-name</c>).</summary>
    public RouterOsCommand WhereMissing(string name) => Query($"?-{name}");

    /// <summary>Query: property less than value (<c>?&lt;name=value</c>).</summary>
    public RouterOsCommand WhereLess(string name, string value) => Query($"?<{name}={value}");

    /// <summary>Query: property greater than value (<c>?&gt;name=value</c>).</summary>
    public RouterOsCommand WhereGreater(string name, string value) => Query($"?>{name}={value}");

    /// <summary>Query stack operations (<c>?#ops</c>), e.g. <c>|</c>, <c>!</c>, <c>&amp;</c>.</summary>
    public RouterOsCommand Operations(string ops) => Query($"?#{ops}");

    /// <summary>Adds a raw word (query or attribute) exactly as given.</summary>
    public RouterOsCommand Word(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        if (word.StartsWith(".tag=", StringComparison.Ordinal))
        {
            throw new ArgumentException("The connection sets .tag itself.", nameof(word));
        }

        _words.Add(word);
        return this;
    }

    private RouterOsCommand Query(string word)
    {
        _words.Add(word);
        return this;
    }

    /// <summary>The words as they go on the wire (without <c>.tag</c>).</summary>
    public IEnumerable<string> ToWords()
    {
        yield return Path;
        foreach (var w in _words)
        {
            yield return w;
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', ToWords().Select(Redact));

    private static string Redact(string word) =>
        word.StartsWith("=password=", StringComparison.Ordinal) || word.StartsWith("=response=", StringComparison.Ordinal)
            ? word[..(word.IndexOf('=', 1) + 1)] + "***"
            : word;
}
