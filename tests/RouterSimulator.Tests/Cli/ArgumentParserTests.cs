using KimHotspot.RouterSimulator.Cli;

namespace KimHotspot.RouterSimulator.Tests.Cli;

public class ArgumentParserTests
{
    [Fact]
    public void Parse_NoArguments_ContractDefaultsAndNoPassword()
    {
        var parsed = ArgumentParser.Parse([]);

        Assert.Null(parsed.Error);
        Assert.False(parsed.ShowHelp);
        var o = Assert.IsType<SimulatorOptions>(parsed.Options);
        Assert.Equal(8728, o.ApiPort);
        Assert.Equal(0, o.ApiSslPort);
        Assert.Equal(0, o.HttpPort);
        Assert.Equal(0, o.ControlPort);
        Assert.Equal("127.0.0.1", o.BindAddress);
        Assert.Equal("admin", o.User);
        Assert.Null(o.Password);
        Assert.Null(o.PortalUrl);
        Assert.Equal("hAP ac^2", o.BoardName);
        Assert.False(o.IsCloudHostedRouter);
    }

    [Fact]
    public void Parse_EveryOption_SetsEveryProperty()
    {
        var parsed = ArgumentParser.Parse([
            "--api-port", "18728", "--api-ssl-port", "18729", "--user", "kim", "--password", "s3cret",
            "--ros-version", "6.42", "--http-port", "8080", "--portal-url", "https://portal.example.com/hs",
            "--control-port", "9090", "--seed-sessions", "5", "--identity", "KIM-Desa-Maju", "--bind", "0.0.0.0",
            "--board", "CHR",
        ]);

        var o = Assert.IsType<SimulatorOptions>(parsed.Options);
        Assert.Equal(18728, o.ApiPort);
        Assert.Equal(18729, o.ApiSslPort);
        Assert.Equal("kim", o.User);
        Assert.Equal("s3cret", o.Password);
        Assert.Equal("6.42", o.RosVersion);
        Assert.Equal(8080, o.HttpPort);
        Assert.Equal("https://portal.example.com/hs", o.PortalUrl);
        Assert.Equal(9090, o.ControlPort);
        Assert.Equal(5, o.SeedSessions);
        Assert.Equal("KIM-Desa-Maju", o.Identity);
        Assert.Equal("0.0.0.0", o.BindAddress);
        Assert.Equal("CHR", o.BoardName);
        Assert.True(o.IsCloudHostedRouter);
    }

    [Fact]
    public void Parse_EqualsForm_SetsValueIncludingEqualsSigns()
    {
        var parsed = ArgumentParser.Parse(["--password=a=b", "--api-port=0", "--ros-version=7.12"]);

        var o = Assert.IsType<SimulatorOptions>(parsed.Options);
        Assert.Equal("a=b", o.Password);
        Assert.Equal(0, o.ApiPort);
        Assert.Equal("7.12", o.RosVersion);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_ShowsHelpEvenAfterOtherOptions(string flag)
    {
        var parsed = ArgumentParser.Parse(["--api-port", "1", flag]);

        Assert.True(parsed.ShowHelp);
        Assert.Null(parsed.Error);
    }

    [Theory]
    [InlineData("--api-port", "abc", "not a TCP port")]
    [InlineData("--api-port", "70000", "not a TCP port")]
    [InlineData("--api-ssl-port", "-1", "not a TCP port")]
    [InlineData("--http-port", "8o", "not a TCP port")]
    [InlineData("--control-port", "1.5", "not a TCP port")]
    [InlineData("--ros-version", "8.1", "not simulated")]
    [InlineData("--ros-version", "seven", "not a RouterOS version")]
    [InlineData("--portal-url", "ftp://portal/", "absolute http")]
    [InlineData("--portal-url", "/relative", "absolute http")]
    [InlineData("--seed-sessions", "many", "not a number of sessions")]
    [InlineData("--seed-sessions", "100000", "not a number of sessions")]
    [InlineData("--bind", "999.1.1.1", "not an IPv4 address")]
    [InlineData("--bind", "localhost", "not an IPv4 address")]
    [InlineData("--bind", "::1", "not an IPv4 address")]
    [InlineData("--user", " ", "cannot be empty")]
    [InlineData("--identity", "", "cannot be empty")]
    [InlineData("--password", "", "cannot be empty")]
    [InlineData("--board", " ", "cannot be empty")]
    public void Parse_BadValue_ErrorNamesOptionAndProblem(string option, string value, string expected)
    {
        var parsed = ArgumentParser.Parse([option, value]);

        Assert.Null(parsed.Options);
        Assert.NotNull(parsed.Error);
        Assert.StartsWith(option, parsed.Error, StringComparison.Ordinal);
        Assert.Contains(expected, parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--frobnicate", "1" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "--api-port" }, "needs a value")]
    [InlineData(new[] { "--user", "--password", "x" }, "needs a value")]
    [InlineData(new[] { "8728" }, "unexpected argument '8728'")]
    [InlineData(new[] { "--" }, "unexpected argument")]
    public void Parse_MalformedCommandLine_Error(string[] args, string expected)
    {
        var parsed = ArgumentParser.Parse(args);

        Assert.Null(parsed.Options);
        Assert.Contains(expected, parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chr", true)]
    [InlineData("hAP ax^2", false)]
    public void Parse_Board_CloudHostedOnlyForChr(string board, bool chr)
    {
        var parsed = ArgumentParser.Parse(["--board=" + board]);

        var o = Assert.IsType<SimulatorOptions>(parsed.Options);
        Assert.Equal(board, o.BoardName);
        Assert.Equal(chr, o.IsCloudHostedRouter);
    }

    [Fact]
    public void HelpText_MentionsEveryOption()
    {
        foreach (var option in OptionTable.Setters.Keys.Append("--help"))
        {
            Assert.Contains(option, HelpText.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PasswordGenerator_New_RandomAsciiWithoutLookAlikes()
    {
        string a = PasswordGenerator.New();
        string b = PasswordGenerator.New();

        Assert.Equal(16, a.Length);
        Assert.NotEqual(a, b);
        Assert.All(a, c => Assert.True(char.IsAsciiLetterOrDigit(c) && !"0O1lI".Contains(c, StringComparison.Ordinal)));
    }
}
