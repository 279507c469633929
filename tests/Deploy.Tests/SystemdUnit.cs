namespace KimHotspot.Deploy.Tests;

/// <summary>A unit file read as (section, key, value) lines; repeated keys keep every value in order.</summary>
internal sealed class SystemdUnit
{
    private readonly List<(string Section, string Key, string Value)> entries = [];

    private SystemdUnit(string text)
    {
        var section = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line.Trim('[', ']');
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            entries.Add((section, line[..eq].Trim(), line[(eq + 1)..].Trim()));
        }
    }

    public static SystemdUnit Load(string path) => new(File.ReadAllText(path));

    public IReadOnlyList<string> All(string section, string key) =>
        entries.Where(e => e.Section == section && e.Key == key).Select(e => e.Value).ToList();

    /// <summary>The effective value of a single-valued key (the last assignment), or null.</summary>
    public string? Service(string key)
    {
        var values = All("Service", key);
        return values.Count == 0 ? null : values[^1];
    }
}
