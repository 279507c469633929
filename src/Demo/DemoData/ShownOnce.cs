namespace KimHotspot.Demo.DemoData;

/// <summary>Reads what the hosts' commands print once (passwords, keys, codes) from their output.</summary>
internal static class ShownOnce
{
    public const string Marker = "(shown once): ";

    public static string Secret(string output, string what) => After(output, Marker)
        ?? throw new InvalidOperationException($"The command printed no {what}:{Environment.NewLine}{output}");

    public static string? After(string output, string marker) =>
        output.Split('\n').FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim()
            : null;
}
