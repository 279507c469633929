namespace KimHotspot.RouterOs.Protocol;

/// <summary>
/// Reuses attribute-name strings (<c>.id</c>, <c>bytes-in</c> …) across rows, so a 5,000-row print
/// allocates its values but not 5,000 copies of every key. Not thread-safe: one per read loop.
/// </summary>
public sealed class AttributeNameCache
{
    private const int MaxEntries = 1024;
    private const int MaxNameChars = 64;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty cache.</summary>
    public AttributeNameCache() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cached string for these bytes, decoding (and caching) on first sight.</summary>
    public string Get(ReadOnlySpan<byte> bytes, WordEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (bytes.Length > MaxNameChars || bytes.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E))
        {
            return encoding.GetString(bytes);
        }

        Span<char> chars = stackalloc char[MaxNameChars];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        var key = chars[..bytes.Length];
        if (_lookup.TryGetValue(key, out var name))
        {
            return name;
        }

        name = new string(key);
        if (_names.Count < MaxEntries)
        {
            _names[name] = name;
        }

        return name;
    }
}
