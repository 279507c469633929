using System.Text.RegularExpressions;
using System.Xml.Linq;
using KimHotspot.Portal.Features.Admin;
using KimHotspot.TestKit;

namespace KimHotspot.Portal.Tests.Localization;

/// <summary>
/// Every Indonesian text the Portal (and Central, whose pages follow the same rule) shows through the localizer has an
/// English translation, and no two resource names clash.
/// </summary>
public sealed partial class TranslationCoverageTests
{
    [Theory]
    [InlineData("Portal", 100)]
    [InlineData("Central", 100)]
    public void EveryLocalizedText_HasAnEnglishTranslation(string host, int atLeast)
    {
        var portal = Path.Combine(RepositoryRoot.Path, "src", host);
        var english = XDocument.Load(Path.Combine(portal, "Localization", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(portal, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match m in LocalizerCall().Matches(File.ReadAllText(file)))
            {
                used.Add(Regex.Unescape(m.Groups[1].Value));
            }
        }

        if (host == "Portal")
        {
            foreach (var item in AdminMenu.Items)
            {
                used.Add(item.Label);
            }
        }

        var missing = used.Where(k => !english.Contains(k)).ToList();
        Assert.True(used.Count > atLeast, "the scan found only " + used.Count + " texts: the pattern no longer matches the code");
        Assert.True(missing.Count == 0, "no English for:\n" + string.Join('\n', missing));
    }

    [Theory]
    [InlineData("Portal")]
    [InlineData("Central")]
    public void EnglishResource_NoTwoNamesDifferOnlyInCase(string host)
    {
        // The resource build treats names case-insensitively: "Nama" and "nama" collide (MSB3568).
        var names = XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", host, "Localization", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();

        var clashes = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.NotEmpty(names);
        Assert.True(clashes.Count == 0, "names that differ only in case: " + string.Join(", ", clashes));
    }

    // T["…"], t["…"], text["…"], Text["…"] with a literal key (a C# string: \" and \\ escapes).
    [GeneratedRegex(@"\b(?:T|t|text|Text)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerCall();
}
