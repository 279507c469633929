using System.Text.RegularExpressions;
using KimHotspot.TestKit;

namespace KimHotspot.Portal.Tests.Gateway;

/// <summary>
/// Pages the crawls cannot reach (first-run setup, the TOTP step, refusals) are covered here: no Razor page under
/// src/Portal/Features writes a root-absolute URL literal; site links start with <c>~/</c> so they carry the path base.
/// </summary>
public sealed partial class PageSourceTests
{
    [Fact]
    public void Pages_UrlAttributes_NeverRootAbsoluteLiterals()
    {
        var features = Path.Combine(RepositoryRoot.Path, "src", "Portal", "Features");
        var pages = Directory.GetFiles(features, "*.cshtml", SearchOption.AllDirectories);

        var offenders = pages
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => RootAbsolute().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(features, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.InRange(pages.Length, 30, int.MaxValue);
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [GeneratedRegex("""\s(href|src|action|formaction)\s*=\s*["']/(?!/)""", RegexOptions.IgnoreCase)]
    private static partial Regex RootAbsolute();
}
