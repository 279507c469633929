using System.Net;
using KimHotspot.Central.Operators;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Tests.Operators;

/// <summary>The <c>operator …</c> command line, run in-process on the test Central's services.</summary>
public sealed class OperatorCommandTests
{
    [Fact]
    public async Task Create_PrintsAPasswordThatWorks_NeverTheSameTwice()
    {
        await using var app = CentralApp.Create();

        var first = await RunAsync(app, "create", "Kadis", "--role", "admin");
        var second = await RunAsync(app, "create", "staf.noc", "--role", "viewer");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var password = PrintedPassword(first.Output);
        Assert.NotEqual(password, PrintedPassword(second.Output));
        Assert.True(password.Length >= OperatorSecrets.MinPasswordLength);
        using var client = OperatorKit.AnonymousClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await OperatorKit.SignInAsync(client, "kadis", password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/operator", UriKind.Relative))).StatusCode);
        var audit = await app.WithDbAsync(db => db.OperatorAudits.Where(a => a.Action == "operator.create").ToListAsync());
        Assert.All(audit, a => Assert.Equal("cli", a.Actor));
        Assert.All(audit, a => Assert.DoesNotContain(password, a.Details ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResetDisableEnableList_RoundTrip()
    {
        await using var app = CentralApp.Create();
        var (user, old) = await OperatorKit.CreateOperatorAsync(app, "Operator");
        await OperatorKit.CreateOperatorAsync(app, "Admin");
        using var client = OperatorKit.AnonymousClient(app);

        var reset = await RunAsync(app, "reset-password", user);
        var password = PrintedPassword(reset.Output);
        Assert.NotEqual(old, password);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OperatorKit.SignInAsync(client, user, old)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await OperatorKit.SignInAsync(client, user, password)).StatusCode);

        Assert.Equal(0, (await RunAsync(app, "disable", user)).ExitCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/akun", UriKind.Relative))).StatusCode); // session ended
        Assert.Contains("dinonaktifkan", await (await OperatorKit.SignInAsync(client, user, password)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync(app, "enable", user)).ExitCode);
        Assert.Equal(HttpStatusCode.Redirect, (await OperatorKit.SignInAsync(client, user, password)).StatusCode);
        var list = await RunAsync(app, "list");
        Assert.Contains(user, list.Output, StringComparison.Ordinal);
        Assert.Contains("2 operator(s).", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_LastActiveAdmin_IsRefused()
    {
        await using var app = CentralApp.Create();
        var (user, _) = await OperatorKit.CreateOperatorAsync(app, "Admin");

        var run = await RunAsync(app, "disable", user);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("last active admin", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("create", "budi")]
    [InlineData("create", "budi", "--role", "boss")]
    [InlineData("create", "x", "--role", "viewer")]
    [InlineData("create", "--role", "admin")]
    [InlineData("reset-password", "nobody")]
    [InlineData("list", "--verbose")]
    public async Task BadInput_SaysWhyAndExitsWithOne(params string[] args)
    {
        await using var app = CentralApp.Create();

        var run = await RunAsync(app, args);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Operators.CountAsync()));
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(CentralApp app, params string[] args) =>
        CommandKit.RunAsync(app, OperatorCommand.RunAsync, args);

    private static string PrintedPassword(string output) => CommandKit.ShownOnce(output);
}
