using System.Runtime.InteropServices;

namespace KimHotspot.RouterAgent.Site;

/// <summary>
/// Whether the agent's wall clock can be trusted, reported with every sample so Central knows when to re-time it.
/// A clock before 2024 is never synced (a box that booted without a battery-backed clock starts in 1970); past that,
/// <see cref="ClockSyncMode.Auto"/> asks the Linux kernel whether NTP (timesyncd, chrony, ntpd) has it disciplined.
/// </summary>
public sealed partial class ClockSync(ClockSyncMode mode, TimeProvider time)
{
    private static readonly DateTimeOffset Plausible = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int TimeError = 5; // adjtimex: "clock not synchronised"

    /// <summary>Whether the clock counts as synced now.</summary>
    public bool IsSynced()
    {
        if (mode == ClockSyncMode.Unsynced || time.GetUtcNow() < Plausible)
        {
            return false;
        }

        return mode == ClockSyncMode.Synced || KernelSaysSynced();
    }

    private static bool KernelSaysSynced()
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        // struct timex is 208 bytes on 64-bit Linux; a zeroed, larger buffer with modes = 0 only reads.
        Span<byte> timex = stackalloc byte[512];
        timex.Clear();
        try
        {
            return Adjtimex(ref MemoryMarshal.GetReference(timex)) is >= 0 and not TimeError;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    [LibraryImport("libc", EntryPoint = "adjtimex")]
    private static partial int Adjtimex(ref byte timex);
}
