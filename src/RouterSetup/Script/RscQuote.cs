using System.Globalization;
using System.Text;

namespace KimHotspot.RouterSetup.Script;

/// <summary>
/// Values for RouterOS CLI scripts: plain words stay bare; anything else goes in double quotes with
/// <c>\\ \" \$ \? \n \r \t</c> and <c>\XX</c> for other control bytes (RouterOS scripting manual, "Quotes").
/// </summary>
internal static class RscQuote
{
    public static string Value(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value.All(IsBare))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8).Append('"');
        foreach (char c in value)
        {
            _ = c switch
            {
                '\\' => sb.Append(@"\\"),
                '"' => sb.Append("\\\""),
                '$' => sb.Append(@"\$"),
                '?' => sb.Append(@"\?"),
                '\n' => sb.Append(@"\n"),
                '\r' => sb.Append(@"\r"),
                '\t' => sb.Append(@"\t"),
                < ' ' or '\x7f' => sb.Append('\\').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }

    /// <summary><c>name=value</c> with the value quoted when needed.</summary>
    public static string Pair(string name, string value) => name + "=" + Value(value);

    private static bool IsBare(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '/' or ',' or '@' or '+';
}
