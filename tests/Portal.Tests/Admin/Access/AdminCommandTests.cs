using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Admin.Access;

namespace KimHotspot.Portal.Tests.Admin.Access;

/// <summary>The <c>admin …</c> command line, run as a real process on the same database as a running test Portal.</summary>
public sealed partial class AdminCommandTests
{
    [Fact]
    public async Task Create_ThenSignInWithPrintedPassword_Works()
    {
        await using var kit = await AdminKit.StartAsync();
        var run = await RunAsync(kit, "create", "--username", "Sekdes", "--name", "Bu Sekdes Rina", "--role", "admin");

        Assert.Equal(0, run.ExitCode);
        var password = PrintedPassword(run.Output);
        using var client = kit.AnonymousClient();
        var signIn = await AdminKit.SignInAsync(client, "sekdes", password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/akun", UriKind.Relative))).StatusCode);
        var account = await AccessHelpers.AccountAsync(kit, "sekdes");
        Assert.Equal("Bu Sekdes Rina", account.DisplayName);
        var audit = Assert.Single(await AccessHelpers.AuditAsync(kit, "account.create"));
        Assert.Equal("cli", audit.Actor);
        Assert.DoesNotContain(password, audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPasswordUnlockDisableEnableList_RoundTrip()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, old) = await kit.CreateAccountAsync(AdminRole.Editor);
        await kit.CreateAccountAsync(AdminRole.Admin, "penjaga");
        using var client = kit.AnonymousClient();
        for (var i = 0; i < AdminSignIn.MaxFailures; i++)
        {
            await AdminKit.SignInAsync(client, name, "wrong-" + i);
        }

        var reset = await RunAsync(kit, "reset-password", "--username", name);
        Assert.Equal(0, reset.ExitCode);
        var password = PrintedPassword(reset.Output);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AdminKit.SignInAsync(client, name, old)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(client, name, password)).StatusCode);

        Assert.Equal(0, (await RunAsync(kit, "disable", "--username", name)).ExitCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode); // session ended
        Assert.Contains("dinonaktifkan", await (await AdminKit.SignInAsync(client, name, password)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync(kit, "enable", "--username", name)).ExitCode);
        for (var i = 0; i < AdminSignIn.MaxFailures; i++)
        {
            await AdminKit.SignInAsync(client, name, "wrong-" + i);
        }

        Assert.Equal(0, (await RunAsync(kit, "unlock", "--username", name)).ExitCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(client, name, password)).StatusCode);

        var list = await RunAsync(kit, "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(name, list.Output, StringComparison.Ordinal);
        Assert.Contains("penjaga", list.Output, StringComparison.Ordinal);
        Assert.Contains("2 account(s).", list.Output, StringComparison.Ordinal);
        foreach (var action in new[] { "account.password.reset", "account.disable", "account.enable", "account.unlock", "account.list" })
        {
            Assert.Equal("cli", Assert.Single(await AccessHelpers.AuditAsync(kit, action)).Actor);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("create", "--username", "budi", "--name", "Budi")]
    [InlineData("create", "--username", "budi", "--name", "Budi", "--role", "boss")]
    [InlineData("create", "--username", "x", "--name", "Budi", "--role", "editor")]
    [InlineData("reset-password", "--username", "nobody")]
    [InlineData("unlock")]
    [InlineData("list", "--verbose", "yes")]
    public async Task BadInput_SaysWhyAndExitsWithOne(params string[] args)
    {
        await using var kit = await AdminKit.StartAsync();

        var run = await RunAsync(kit, args);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error.Trim(), StringComparison.Ordinal);
        Assert.Empty(await AccessHelpers.AuditAsync(kit, "account.create"));
    }

    [Fact]
    public async Task Create_ExistingUsername_ExitsWithOne()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, _) = await kit.CreateAccountAsync(AdminRole.Editor);

        var run = await RunAsync(kit, "create", "--username", name, "--name", "Lagi", "--role", "admin");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_LastActiveAdmin_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);

        var run = await RunAsync(kit, "disable", "--username", name);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("last active KIM admin", run.Error, StringComparison.Ordinal);
        using var client = kit.AnonymousClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(client, name, password)).StatusCode);
    }

    private static string PrintedPassword(string output)
    {
        var match = PasswordPattern().Match(output);
        Assert.True(match.Success, "no password in: " + output);
        return match.Groups[1].Value;
    }

    /// <summary>Runs <c>dotnet KimHotspot.Portal.dll admin …</c> on the kit's data directory.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(AdminKit kit, params string[] args)
    {
        _ = kit.App.Services; // the Portal under test has started and migrated its database
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KimHotspot.Portal.dll"));
        start.ArgumentList.Add("admin");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--Portal:DataDirectory=" + kit.App.DataDirectory);
        start.ArgumentList.Add("--Router:Host=127.0.0.1");
        start.ArgumentList.Add("--Router:Password=x");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [GeneratedRegex(@"\(shown once\): (\S+)")]
    private static partial Regex PasswordPattern();
}
