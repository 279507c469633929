namespace KimHotspot.Demo.Launch;

/// <summary>A host did not start: which, why, where its log is and its last lines.</summary>
public sealed class HostStartException(string host, string reason, string logPath, string logTail)
    : Exception($"{host} {reason}; log {logPath}:{Environment.NewLine}{logTail}")
{
    /// <summary>The host's name.</summary>
    public string Host { get; } = host;

    /// <summary>The host's log file.</summary>
    public string LogPath { get; } = logPath;
}
