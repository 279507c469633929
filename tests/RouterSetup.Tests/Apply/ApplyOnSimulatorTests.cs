using KimHotspot.RouterOs;

namespace KimHotspot.RouterSetup.Tests.Apply;

public class ApplyOnSimulatorTests
{
    [Fact]
    public async Task Apply_FreshRouter_AddsEverythingAndVerifies()
    {
        await using var router = await RouterUnderTest.StartAsync();

        var (exit, output) = await router.RunAsync("apply");

        Assert.Equal(0, exit);
        Assert.Contains("added    API user", output, StringComparison.Ordinal);
        Assert.Contains("changed  service api-ssl", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^1[0-9] changed$", output);
        Assert.Contains("api-ssl certificate fingerprint", output, StringComparison.Ordinal);
        string apiPassword = (await File.ReadAllTextAsync(router.ApiPasswordFile)).Trim();
        Assert.DoesNotContain(apiPassword, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_SecondRun_ChangesNothing()
    {
        await using var router = await RouterUnderTest.StartAsync();
        await router.RunAsync("apply");
        string before = await router.DumpAsync();

        var (exit, output) = await router.RunAsync("apply");

        Assert.Equal(0, exit);
        Assert.Contains("\n0 changed\n", output, StringComparison.Ordinal);
        Assert.Equal(before, await router.DumpAsync());
    }

    [Fact]
    public async Task Apply_PasswordFileLostButUserExists_RefusesAndWritesNoNewPassword()
    {
        await using var router = await RouterUnderTest.StartAsync();
        await router.RunAsync("apply");
        File.Delete(router.ApiPasswordFile);
        string before = await router.DumpAsync();

        var (exit, output) = await router.RunAsync("apply");

        Assert.Equal(2, exit);
        Assert.Contains("already has the API user kimhotspot-api", output, StringComparison.Ordinal);
        Assert.False(File.Exists(router.ApiPasswordFile), "a password the router never got must not be written");
        Assert.Equal(before, await router.DumpAsync());
    }

    [Fact]
    public async Task Check_AfterApply_Passes()
    {
        await using var router = await RouterUnderTest.StartAsync();
        await router.RunAsync("apply");

        var (exit, output) = await router.RunAsync("check");

        Assert.Equal(0, exit);
        Assert.Contains("all in order", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FreshRouter_FailsListingMissingRows()
    {
        await using var router = await RouterUnderTest.StartAsync();

        var (exit, output) = await router.RunAsync("check");

        Assert.Equal(1, exit);
        Assert.Contains("DIFFERS  address pool: missing (/ip/pool name=kimhotspot-pool)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_AfterDrift_CheckNamesItAndApplyFixesOnlyIt()
    {
        await using var router = await RouterUnderTest.StartAsync();
        await router.RunAsync("apply");
        string good = await router.DumpAsync();
        await using (var api = await router.ConnectAsync())
        {
            await api.ExecuteAsync(new RouterOsCommand("/ip/pool/set").Attribute("numbers", "kimhotspot-pool").Attribute("ranges", "10.5.50.100-10.5.50.110"));
        }

        var (checkExit, checkOutput) = await router.RunAsync("check");
        var (applyExit, applyOutput) = await router.RunAsync("apply");

        Assert.Equal(1, checkExit);
        Assert.Contains("DIFFERS  address pool: ranges: has \"10.5.50.100-10.5.50.110\", wants \"10.5.50.10-10.5.50.254\"", checkOutput, StringComparison.Ordinal);
        Assert.Equal(0, applyExit);
        Assert.Contains("changed  address pool: ranges", applyOutput, StringComparison.Ordinal);
        Assert.Contains("\n1 changed\n", applyOutput, StringComparison.Ordinal);
        Assert.Equal(good, await router.DumpAsync());
    }

    [Fact]
    public async Task Check_StockHotspotOnSameBridge_Warns()
    {
        await using var router = await RouterUnderTest.StartAsync();

        var (_, output) = await router.RunAsync("check");

        Assert.Contains("warning  /ip/hotspot 'hotspot1' is also on bridge1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("dhcp-server '", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_NewPasswordFile_IsWrittenOwnerOnly()
    {
        await using var router = await RouterUnderTest.StartAsync();

        await router.RunAsync("apply");

        Assert.True((await File.ReadAllTextAsync(router.ApiPasswordFile)).Trim().Length >= 20);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(router.ApiPasswordFile));
        }
    }

    [Fact]
    public async Task Apply_ForeignRows_AreLeftAsTheyWere()
    {
        await using var router = await RouterUnderTest.StartAsync();

        await router.RunAsync("apply");
        await using var api = await router.ConnectAsync();
        var admin = (await api.ExecuteAsync(new RouterOsCommand("/user/print").Where("name", "admin"))).Rows.Single();
        var stockServer = (await api.ExecuteAsync(new RouterOsCommand("/ip/hotspot/print").Where("name", "hotspot1"))).Rows.Single();
        var telnet = (await api.ExecuteAsync(new RouterOsCommand("/ip/service/print").Where("name", "telnet"))).Rows.Single();

        Assert.Equal(("full", "system default user"), (admin["group"], admin["comment"]));
        Assert.Equal("hsprof1", stockServer["profile"]);
        Assert.Equal(("false", ""), (telnet["disabled"], telnet["address"]));
    }
}
