using System.Text;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterSetup.Cli;
using KimHotspot.RouterSimulator;

namespace KimHotspot.RouterSetup.Tests.Apply;

/// <summary>A simulator on an ephemeral loopback port, the admin password in a temp file, and the set-up command run against it.</summary>
internal sealed class RouterUnderTest : IAsyncDisposable
{
    private const string Password = "setup-tests-pw";

    private static readonly string[] Menus =
    [
        "/interface/bridge", "/ip/address", "/ip/pool", "/ip/dhcp-server/option", "/ip/dhcp-server/network", "/ip/dhcp-server",
        "/file", "/ip/hotspot/profile", "/ip/hotspot", "/ip/hotspot/walled-garden", "/ip/hotspot/walled-garden/ip", "/ip/dns/static", "/ip/dns",
        "/user/group", "/user", "/certificate", "/ip/service", "/system/ntp/client",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("kimhotspot-setup-").FullName;

    private RouterUnderTest(SimulatedRouter router) => Router = router;

    public SimulatedRouter Router { get; }

    public string ApiPasswordFile => Path.Combine(_dir, "api-password");

    public static async Task<RouterUnderTest> StartAsync()
    {
        var router = new SimulatedRouter(new SimulatorOptions { ApiPort = 0, Password = Password }) { SyntheticTraffic = false };
        await router.StartAsync();
        var test = new RouterUnderTest(router);
        await File.WriteAllTextAsync(Path.Combine(test._dir, "admin-password"), Password + "\n");
        return test;
    }

    /// <summary>Runs a verb with the simulator's connection switches and the example settings (bridge1).</summary>
    public async Task<(int Exit, string Output)> RunAsync(string verb, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args =
        [
            verb, "--router", "127.0.0.1", "--port", Router.ApiPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--password-file", Path.Combine(_dir, "admin-password"), "--interface", "bridge1", .. Examples.ScriptSettings,
            .. verb == "apply" ? ["--api-password-file", ApiPasswordFile] : Array.Empty<string>(), .. extra,
        ];
        int exit = await SetupCommand.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString() + error);
    }

    public async Task<RouterOsConnection> ConnectAsync() => await RouterOsConnection.ConnectAsync(new RouterOsConnectionOptions
    {
        Host = "127.0.0.1",
        Port = Router.ApiPort,
        UserName = "admin",
        Password = Password,
    });

    /// <summary>Every row of every menu the set-up touches, printed as text.</summary>
    public async Task<string> DumpAsync()
    {
        await using var api = await ConnectAsync();
        var sb = new StringBuilder();
        foreach (var menu in Menus)
        {
            var response = await api.ExecuteAsync(new RouterOsCommand(menu + "/print"));
            sb.Append(menu).Append('\n');
            foreach (var row in response.Rows)
            {
                sb.Append("  ").Append(row).Append('\n');
            }
        }

        return sb.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await Router.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
