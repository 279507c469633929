using System.Text.RegularExpressions;

namespace KimHotspot.Central.Sites;

/// <summary>
/// Kemendagri village codes: province (2 digits), regency (2), district (2), village (4), usually dotted
/// (<c>71.74.01.2001</c>, 13 characters) and sometimes without dots (<c>7174012001</c>, 10).
/// </summary>
public static partial class SiteCode
{
    public static string Normalize(string? code) => (code ?? "").Trim();

    public static bool IsValid(string code) => code is { Length: >= 10 and <= 13 } && Pattern().IsMatch(code);

    [GeneratedRegex(@"^[0-9]{2}\.?[0-9]{2}\.?[0-9]{2}\.?[0-9]{4}$")]
    private static partial Regex Pattern();
}
