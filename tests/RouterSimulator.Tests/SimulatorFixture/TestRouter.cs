using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.RouterSimulator.Tests.SimulatorFixture;

/// <summary>Starts a simulator on ephemeral loopback ports for one test.</summary>
internal static class TestRouter
{
    public const string Password = "test-secret";

    public static async Task<SimulatedRouter> StartAsync(string version = "7.19", TimeProvider? time = null,
        Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions
        {
            ApiPort = 0,
            Password = Password,
            RosVersion = version,
            TrafficInterval = TimeSpan.FromSeconds(1),
        };
        configure?.Invoke(options);
        var router = new SimulatedRouter(options, time ?? new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero)));
        router.SyntheticTraffic = false;
        await router.StartAsync();
        return router;
    }

    /// <summary>Advances fake time and waits for the traffic tick that follows.</summary>
    public static async Task AdvanceAndTickAsync(this SimulatedRouter router, FakeTimeProvider time, TimeSpan by)
    {
        var ticked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Action handler = () => ticked.TrySetResult();
        router.TrafficTicked += handler;
        try
        {
            time.Advance(by);
            await ticked.Task.WaitAsync(RawApiClient.Timeout);
        }
        finally
        {
            router.TrafficTicked -= handler;
        }
    }
}
