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

    /// <param name="rosVersion">RouterOS version profile to imitate.</param>
    /// <param name="board">Board name; <see cref="SimulatorOptions.ChrBoardName"/> for x86 without RouterBOARD.</param>
    public static async Task<SimulatedRouterSession> StartAsync(string rosVersion = "7.19", string? board = null)
    {
        var options = new SimulatorOptions { ApiPort = 0, Password = Password, RosVersion = rosVersion };
        options.BoardName = board ?? options.BoardName;
        var router = new SimulatedRouter(options);
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

    /// <summary>Forgets what the router received so far and records every command from now on.</summary>
    public void RecordCommands()
    {
        Router.Transcript.Enabled = true;
        Router.Transcript.Clear();
    }

    /// <summary>
    /// The commands the router received since <see cref="RecordCommands"/>, as words (command word first),
    /// without the <c>.tag=</c> word the client adds.
    /// </summary>
    public IReadOnlyList<string[]> ReceivedCommands() =>
        [.. Router.Transcript.Entries
            .Where(e => e.FromClient)
            .Select(e => e.Words.Where(w => !w.StartsWith(".tag=", StringComparison.Ordinal)).ToArray())];

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Router.DisposeAsync();
    }
}
