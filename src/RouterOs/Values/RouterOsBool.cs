namespace KimHotspot.RouterOs.Values;

/// <summary>How to write a boolean to the router.</summary>
public enum RouterOsBoolStyle
{
    /// <summary><c>yes</c>/<c>no</c>: the CLI style, accepted by every version.</summary>
    YesNo,

    /// <summary><c>true</c>/<c>false</c>: what current versions print.</summary>
    TrueFalse,
}

/// <summary>RouterOS booleans: <c>true</c>/<c>false</c> (current) and <c>yes</c>/<c>no</c> (older), any case.</summary>
public static class RouterOsBool
{
    /// <summary>Parses <c>true</c>, <c>false</c>, <c>yes</c> or <c>no</c> (any case, surrounding spaces ignored).</summary>
    /// <exception cref="FormatException">Any other text.</exception>
    public static bool Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"Not a RouterOS boolean: '{text}'.");

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse(string? text, out bool value)
    {
        var s = (text ?? string.Empty).Trim();
        if (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return s.Equals("false", StringComparison.OrdinalIgnoreCase) || s.Equals("no", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Formats a boolean in the given style (default <c>yes</c>/<c>no</c>).</summary>
    public static string Format(bool value, RouterOsBoolStyle style = RouterOsBoolStyle.YesNo) => style switch
    {
        RouterOsBoolStyle.TrueFalse => value ? "true" : "false",
        _ => value ? "yes" : "no",
    };
}
