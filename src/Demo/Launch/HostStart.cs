namespace KimHotspot.Demo.Launch;

/// <summary>
/// How to start one host: <c>dotnet &lt;Dll&gt; &lt;Arguments&gt;</c> in <paramref name="WorkingDirectory"/> with
/// <paramref name="Environment"/>, output to <c>&lt;LogDirectory&gt;/&lt;Name&gt;.log</c>; ready when
/// <paramref name="ReadyUrl"/> answers (any HTTP status) or a line holds <paramref name="ReadyText"/>.
/// </summary>
public sealed record HostStart(
    string Name,
    string Dll,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> Arguments,
    string LogDirectory,
    Uri? ReadyUrl = null,
    string? ReadyText = null)
{
    /// <summary>Longest wait for readiness.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The log file of this host.</summary>
    public string LogPath => Path.Combine(LogDirectory, Name.ToLowerInvariant().Replace(' ', '-') + ".log");
}
