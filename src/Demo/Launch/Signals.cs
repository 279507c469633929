using System.Runtime.InteropServices;

namespace KimHotspot.Demo.Launch;

/// <summary>SIGTERM to a child (.NET's <see cref="System.Diagnostics.Process.Kill()"/> only sends SIGKILL).</summary>
internal static partial class Signals
{
    private const int SigTerm = 15;

    /// <summary>Asks the process to stop; false when it is already gone or this is not a POSIX system.</summary>
    public static bool Terminate(int processId) => !OperatingSystem.IsWindows() && Kill(processId, SigTerm) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
