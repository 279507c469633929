using KimHotspot.RouterSetup.Script;

namespace KimHotspot.RouterSetup.Tests.Script;

public class RscQuoteTests
{
    [Theory]
    [InlineData("kimhotspot-pool", "kimhotspot-pool")]
    [InlineData("10.5.50.1/24", "10.5.50.1/24")]
    [InlineData("cookie,http-chap,http-pap", "cookie,http-chap,http-pap")]
    [InlineData("", "\"\"")]
    [InlineData("two words", "\"two words\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("$(mac)", "\"\\$(mac)\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("line1\nline2", "\"line1\\nline2\"")]
    [InlineData("why?", "\"why\\?\"")]
    [InlineData("bell\u0007", "\"bell\\07\"")]
    public void Value_Text_QuotesAndEscapesAsRouterOsWants(string value, string expected) =>
        Assert.Equal(expected, RscQuote.Value(value));

    [Fact]
    public void Pair_DhcpTextOption_KeepsTheSPrefixInsideQuotes() =>
        Assert.Equal("value=\"s'https://portal.kim.example/api/captive'\"", RscQuote.Pair("value", "s'https://portal.kim.example/api/captive'"));

    [Theory]
    [InlineData("/ip/pool", "/ip pool")]
    [InlineData("/ip/dhcp-server/option", "/ip dhcp-server option")]
    [InlineData("/certificate", "/certificate")]
    public void MenuPath_ApiPath_BecomesCliPath(string api, string cli) => Assert.Equal(cli, RscRenderer.MenuPath(api));
}
