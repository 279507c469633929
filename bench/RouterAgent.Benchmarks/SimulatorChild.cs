using System.Globalization;
using KimHotspot.RouterSimulator;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// For the memory hour: the simulator library in its own process (child mode <c>simulator</c>) on the same
/// <see cref="ScaledClock"/> as the agent child, with seeded active sessions and synthetic traffic. (The
/// src/RouterSimulator program runs on the real clock only; an hour against it would take an hour.)
/// </summary>
internal static class SimulatorChild
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> a, CancellationToken ct)
    {
        var clock = new ScaledClock(
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(a["--epoch-ms"], CultureInfo.InvariantCulture)),
            double.Parse(a["--speed"], CultureInfo.InvariantCulture));
        await using var router = new SimulatedRouter(new SimulatorOptions
        {
            ApiPort = 0,
            Password = SimulatorProcess.Password,
            SeedSessions = int.Parse(a["--sessions"], CultureInfo.InvariantCulture),
            HotspotNetwork = "10.5.0.0/16",
            TrafficInterval = TimeSpan.FromSeconds(5),
        }, clock);
        await router.StartAsync(ct);
        Console.WriteLine("URL " + router.ApiPort.ToString(CultureInfo.InvariantCulture));
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            // stopped by the parent
        }

        return 0;
    }
}
