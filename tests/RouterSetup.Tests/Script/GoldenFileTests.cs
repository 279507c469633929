using KimHotspot.RouterSetup.Cli;
using KimHotspot.TestKit;

namespace KimHotspot.RouterSetup.Tests.Script;

/// <summary>
/// deploy/routeros/kimhotspot.rsc and login.html are generated. After a deliberate plan change, regenerate them with
/// <c>KIMHOTSPOT_REGENERATE=1 dotnet test tests/RouterSetup.Tests --filter GoldenFileTests</c> (or the commands in
/// deploy/routeros/README.md), review the diff and commit it.
/// </summary>
public class GoldenFileTests
{
    [Theory]
    [InlineData("script", "kimhotspot.rsc")]
    [InlineData("login-html", "login.html")]
    public async Task Output_ExampleSettings_EqualsCommittedFile(string verb, string file)
    {
        var output = new StringWriter();
        int exit = await SetupCommand.RunAsync([verb, .. Examples.ScriptSettings], output, TextWriter.Null, CancellationToken.None);
        string path = Path.Combine(RepositoryRoot.Path, "deploy", "routeros", file);
        if (Environment.GetEnvironmentVariable("KIMHOTSPOT_REGENERATE") == "1")
        {
            await File.WriteAllTextAsync(path, output.ToString());
        }

        Assert.Equal(0, exit);
        Assert.Equal(await File.ReadAllTextAsync(path), output.ToString());
    }
}
