using System.Globalization;

namespace KimHotspot.RouterOs.Values;

/// <summary>How two wire values of one field are compared (for "ensure": set only what differs).</summary>
internal enum FieldKind
{
    Text,
    Duration,
    Bool,
    Number,
    Count,
    Rate,
    Mac,
}

/// <summary>One attribute to send: key, wire value and how to compare it with what the router holds.</summary>
internal sealed record Field(string Key, string Value, FieldKind Kind)
{
    /// <summary>True when the router's value means the same as ours (absent means "different").</summary>
    public bool Matches(RouterOsRow row)
    {
        if (!row.TryGetValue(Key, out var current))
        {
            // An unset field is often left out of a print; it matches only an "unset" value of ours.
            return IsUnsetValue();
        }

        return Kind switch
        {
            FieldKind.Duration => RouterOsDuration.TryParse(current, out var a) && RouterOsDuration.TryParse(Value, out var b) && a == b,
            FieldKind.Bool => RouterOsBool.TryParse(current, out var x) && RouterOsBool.TryParse(Value, out var y) && x == y,
            FieldKind.Number => RouterOsNumber.TryParseUInt64(current, out var m) && RouterOsNumber.TryParseUInt64(Value, out var n) && m == n,
            FieldKind.Count => RouterOsNumber.TryParseCountOrUnlimited(current, out var c) && RouterOsNumber.TryParseCountOrUnlimited(Value, out var d) && c == d,
            FieldKind.Rate => RateLimit.TryParse(current, out var r) == RateLimit.TryParse(Value, out var s) && r == s,
            FieldKind.Mac => MacAddress.AreEqual(current, Value) || current == Value,
            _ => current == Value,
        };
    }

    private bool IsUnsetValue() => Kind switch
    {
        FieldKind.Duration => RouterOsDuration.TryParse(Value, out var d) && (d is null || d == TimeSpan.Zero),
        FieldKind.Number => Value == "0",
        FieldKind.Text or FieldKind.Rate => Value.Length == 0,
        _ => false,
    };
}

/// <summary>Builds the attribute list of an add/set from optional settings (null = leave unchanged).</summary>
internal sealed class FieldList
{
    private readonly List<Field> _fields = [];

    public IReadOnlyList<Field> Fields => _fields;

    public FieldList Text(string key, string? value) => Add(key, value, FieldKind.Text);

    public FieldList Mac(string key, string? value) =>
        Add(key, value is null ? null : MacAddress.TryNormalize(value, out var m) ? m : value, FieldKind.Mac);

    /// <summary><see cref="Timeout.InfiniteTimeSpan"/> is written as <c>none</c>.</summary>
    public FieldList Duration(string key, TimeSpan? value) => Add(
        key, value is not { } v ? null : v == Timeout.InfiniteTimeSpan ? "none" : RouterOsDuration.Format(v), FieldKind.Duration);

    public FieldList Bool(string key, bool? value) =>
        Add(key, value is { } b ? RouterOsBool.Format(b) : null, FieldKind.Bool);

    public FieldList Number(string key, long? value) =>
        Add(key, value?.ToString(CultureInfo.InvariantCulture), FieldKind.Number);

    /// <summary>Zero or less is written as <c>unlimited</c>.</summary>
    public FieldList Count(string key, int? value) =>
        Add(key, value is not { } n ? null : RouterOsNumber.FormatCountOrUnlimited(n > 0 ? n : null), FieldKind.Count);

    public FieldList Rate(string key, RateLimit? value, bool clear) =>
        Add(key, clear ? string.Empty : value?.ToString(), FieldKind.Rate);

    public RouterOsCommand ApplyTo(RouterOsCommand command)
    {
        foreach (var f in _fields)
        {
            command.Attribute(f.Key, f.Value);
        }

        return command;
    }

    private FieldList Add(string key, string? value, FieldKind kind)
    {
        if (value is not null)
        {
            _fields.Add(new Field(key, value, kind));
        }

        return this;
    }
}
