using System.Globalization;

namespace KimHotspot.RouterSimulator.Model;

/// <summary>Value kinds a field accepts.</summary>
internal enum FieldKind
{
    Text,
    Bool,
    Duration,
    Number,
    NumberOrUnlimited,
    Choice,
    Reference,
    Mac,
}

/// <summary>
/// One writable field of a table. <see cref="Default"/> null means the field is absent until set.
/// Booleans are stored as <c>true/false</c> and printed per version; everything else as received.
/// </summary>
internal sealed record FieldSpec(string Name, FieldKind Kind = FieldKind.Text, string? Default = null)
{
    /// <summary>Allowed values of a <see cref="FieldKind.Choice"/> field (comma list allowed when <see cref="Multi"/>).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public bool Multi { get; init; }

    /// <summary>Menu path whose key a <see cref="FieldKind.Reference"/> must name.</summary>
    public string? RefPath { get; init; }

    /// <summary>Extra literal values a reference accepts (<c>all</c>, <c>none</c>).</summary>
    public IReadOnlyList<string> RefExtras { get; init; } = [];

    /// <summary>Checks and normalizes a value; throws a category-1 trap when it is not acceptable.</summary>
    public string Normalize(string value, Func<string, string, bool> referenceExists)
    {
        switch (Kind)
        {
            case FieldKind.Bool:
                return ValueFormat.TryParseBool(value, out bool b) ? (b ? "true" : "false") : throw ApiTrap.InvalidValue(Name);
            case FieldKind.Duration:
                return Durations.TryParse(value, out _) ? value : throw ApiTrap.InvalidValue(Name);
            case FieldKind.Number:
                return ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? value : throw ApiTrap.InvalidValue(Name);
            case FieldKind.NumberOrUnlimited:
                return value == "unlimited" || ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    ? value
                    : throw ApiTrap.InvalidValue(Name);
            case FieldKind.Choice:
                var parts = Multi ? value.Split(',') : [value];
                return parts.All(p => Choices.Contains(p)) ? value : throw ApiTrap.NoMatch(Name);
            case FieldKind.Reference:
                return RefExtras.Contains(value) || referenceExists(RefPath!, value) ? value : throw ApiTrap.NoMatch(Name);
            case FieldKind.Mac:
                return NormalizeMac(value) ?? throw ApiTrap.InvalidValue(Name);
            default:
                return value;
        }
    }

    /// <summary>Uppercase colon form of a MAC address, or null when it is not one.</summary>
    public static string? NormalizeMac(string value)
    {
        var parts = value.Split(':', '-');
        if (parts.Length != 6 || parts.Any(p => p.Length != 2 || !p.All(char.IsAsciiHexDigit)))
        {
            return null;
        }

        return string.Join(':', parts).ToUpperInvariant();
    }
}
