using System.Diagnostics;
using System.Text.Json;
using KimHotspot.TestKit;

namespace KimHotspot.RouterSimulator.Tests.Interop;

/// <summary>
/// The simulator answers node-routeros, a third-party RouterOS client (tests/Interop/client.js):
/// login, print, add with <c>=ret=</c>, traps, <c>!done</c>. Written to the reference, not to our client.
/// </summary>
public class NodeRouterOsInteropTests
{
    [Theory]
    [InlineData("7.12")]
    [InlineData("6.49")]
    [InlineData("6.42")]
    public async Task NodeRouterOs_LoginPrintAddTrap_SeesRouterOsReplies(string version)
    {
        await using var router = new SimulatedRouter(new SimulatorOptions
        {
            ApiPort = 0,
            Password = "interop-secret",
            RosVersion = version,
            Identity = "KIM-Interop",
        });
        await router.StartAsync();

        using var result = await RunClientAsync(router.ApiPort, "admin", "interop-secret");
        var root = result.RootElement;

        Assert.False(root.TryGetProperty("error", out var error), error.ToString());
        Assert.Equal("KIM-Interop", root.GetProperty("identity").GetString());
        var ret = root.GetProperty("added")[0].GetProperty("ret").GetString();
        Assert.StartsWith("*", ret, StringComparison.Ordinal);
        var user = root.GetProperty("users")[0];
        Assert.Equal(ret, user.GetProperty(".id").GetString());
        Assert.Equal("interop-1", user.GetProperty("name").GetString());
        Assert.Equal("from node", user.GetProperty("comment").GetString());
        Assert.Contains("already", root.GetProperty("duplicateTrap").GetString(), StringComparison.Ordinal);
        Assert.Contains("no such command", root.GetProperty("unknownMenuTrap").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("resource").GetProperty("uptime").GetString()));
    }

    [Theory]
    [InlineData("7.19")]
    [InlineData("6.42")]
    public async Task NodeRouterOs_WrongPassword_IsRefusedWithTheRoutersText(string version)
    {
        await using var router = new SimulatedRouter(new SimulatorOptions { ApiPort = 0, Password = "right", RosVersion = version });
        await router.StartAsync();

        using var result = await RunClientAsync(router.ApiPort, "admin", "wrong");

        // node-routeros turns a login trap into its own "Username or password is invalid" only when the
        // trap text is exactly "invalid user name or password (6)" or "cannot log in" (its RouterOSAPI.login).
        Assert.Equal("Username or password is invalid", result.RootElement.GetProperty("error").GetString());
    }

    private static async Task<JsonDocument> RunClientAsync(int port, string user, string password)
    {
        var dir = Path.Combine(RepositoryRoot.Path, "tests", "Interop");
        Assert.True(Directory.Exists(Path.Combine(dir, "node_modules", "node-routeros")),
            "node-routeros is not installed: run `npm ci --prefix tests/Interop` (scripts/test.sh does).");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "client.js", "127.0.0.1", port.ToString(System.Globalization.CultureInfo.InvariantCulture), user, password })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout).Trim();
        Assert.True(output.Length > 0, "node printed nothing; stderr: " + await stderr);
        return JsonDocument.Parse(output.Split('\n')[^1]);
    }
}
