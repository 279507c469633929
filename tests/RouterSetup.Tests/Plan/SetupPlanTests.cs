using KimHotspot.RouterSetup.Plan;

namespace KimHotspot.RouterSetup.Tests.Plan;

public class SetupPlanTests
{
    [Fact]
    public void Build_Defaults_PointsOption114AtThePortalCaptiveApi()
    {
        var option = SetupPlan.Build(Examples.Settings, null).Single(i => i.Menu == "/ip/dhcp-server/option");

        Assert.Equal("s'https://portal.kim.example/api/captive'", option.Fields.Single(f => f.Name == "value").Value);
        Assert.Equal("114", option.Fields.Single(f => f.Name == "code").Value);
    }

    [Fact]
    public void Build_WithPassword_SendsItOnlyWhenAdding()
    {
        var user = SetupPlan.Build(Examples.Settings, "pw-123").Single(i => i.Menu == "/user");

        Assert.Contains(user.AddFields, f => f.Name == "password" && f.Value == "pw-123");
        Assert.DoesNotContain(user.Compared, f => f.Name == "password");
    }

    [Fact]
    public void Build_Defaults_GroupGrantsReadWriteApiOnly()
    {
        var group = SetupPlan.Build(Examples.Settings, null).Single(i => i.Menu == "/user/group");

        Assert.Equal("read,write,api", group.Fields.Single(f => f.Name == "policy").Value);
    }

    [Fact]
    public void Build_DisablePlainApi_DisablesApiInsteadOfLimitingIt()
    {
        var api = SetupPlan.Build(Examples.Settings with { DisablePlainApi = true }, null)
            .Single(i => i.Menu == "/ip/service" && i.Key[0].Value == "api");

        Assert.Equal([("disabled", "yes")], api.Fields.Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public void Build_Defaults_OrdersReferencesAfterTheirTargets()
    {
        var menus = SetupPlan.Build(Examples.Settings, null).Select(i => i.Menu).ToList();

        Assert.True(menus.IndexOf("/ip/pool") < menus.IndexOf("/ip/dhcp-server"));
        Assert.True(menus.IndexOf("/ip/hotspot/profile") < menus.IndexOf("/ip/hotspot"));
        Assert.True(menus.IndexOf("/user/group") < menus.IndexOf("/user"));
        Assert.True(menus.IndexOf("/certificate") < menus.IndexOf("/ip/service"));
    }

    [Theory]
    [InlineData("https://portal.kim.example", true)]
    [InlineData("https://192.168.88.2", false)]
    public void Build_PortalHostName_MapsItToThePortalBoxInRouterDns(string portalUrl, bool expected)
    {
        var plan = SetupPlan.Build(Examples.Settings with { PortalUrl = portalUrl }, null);

        Assert.Equal(expected, plan.Any(i => i.Menu == "/ip/dns/static" && i.Fields.Any(f => f.Name == "address" && f.Value == "192.168.88.2")));
    }

    [Fact]
    public void LoginPage_Render_PostsEveryVariableThePortalReads()
    {
        string html = LoginPage.Render("https://portal.kim.example/hs");

        Assert.Contains("action=\"https://portal.kim.example/hs\"", html, StringComparison.Ordinal);
        foreach (var name in new[] { "mac", "ip", "link-login-only", "link-orig", "chap-id", "chap-challenge", "server-name", "identity" })
        {
            Assert.Contains($"name=\"{name}\" value=\"$({name})\"", html, StringComparison.Ordinal);
        }
    }
}
