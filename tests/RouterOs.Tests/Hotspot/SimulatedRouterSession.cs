using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterSimulator;

namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary>An in-process simulator on an ephemeral loopback port plus one logged-in API connection.</summary>
internal sealed class SimulatedRouterSession : IAsyncDisposable
{
    private const string Password = "typed-tests-pw";

    private SimulatedRouterSession(SimulatedRouter router, RouterOsConnection api)
    {
        Router = router;
        Api = api;
    }

    public SimulatedRouter Router { get; }

    public RouterOsConnection Api { get; }

    public static async Task<SimulatedRouterSession> StartAsync(string rosVersion = "7.19")
    {
        var router = new SimulatedRouter(new SimulatorOptions { ApiPort = 0, Password = Password, RosVersion = rosVersion });
        try
        {
            await router.StartAsync();
            var api = await RouterOsConnection.ConnectAsync(new RouterOsConnectionOptions
            {
                Host = "127.0.0.1",
                Port = router.ApiPort,
                UserName = "admin",
                Password = Password,
            });
            return new SimulatedRouterSession(router, api);
        }
        catch
        {
            await router.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Router.DisposeAsync();
    }
}
