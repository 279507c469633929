using KimHotspot.RouterSetup.Cli;

namespace KimHotspot.RouterSetup.Tests.Cli;

public class CommandLineTests
{
    [Fact]
    public async Task Run_MissingPortalUrl_ExitsTwoWithMessage()
    {
        var error = new StringWriter();

        int exit = await SetupCommand.RunAsync(["script", "--portal-address", "192.168.88.2"], TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("--portal-url", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SettingsFile_IsOverriddenBySwitches()
    {
        string file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "# village\nportal-url = https://a.kim.example\nportal-address = 192.168.88.9\ninterface = bridge-wifi\n");
        var output = new StringWriter();

        int exit = await SetupCommand.RunAsync(["script", "--settings", file, "--interface", "bridge2"], output, TextWriter.Null, CancellationToken.None);
        File.Delete(file);

        Assert.Equal(0, exit);
        Assert.Contains("interface=bridge2", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("dst-address=192.168.88.9", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPositional_Throws() =>
        Assert.Throws<UsageException>(() => CommandLine.Parse(["apply", "extra"]));
}
