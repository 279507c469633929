using System.Net;
using KimHotspot.RouterSimulator.HotspotHttp;
using Microsoft.AspNetCore.Http;

namespace KimHotspot.RouterSimulator.Tests.HotspotHttp;

public class FrontHelpersTests
{
    [Theory]
    [InlineData("https://portal.example.com/hs", "https://portal.example.com/hs?a=1&b=x%26y")]
    [InlineData("https://portal.example.com/hs?site=7", "https://portal.example.com/hs?site=7&a=1&b=x%26y")]
    [InlineData("https://portal.example.com/hs?", "https://portal.example.com/hs?a=1&b=x%26y")]
    [InlineData("https://portal.example.com/hs#top", "https://portal.example.com/hs?a=1&b=x%26y#top")]
    public void AppendQuery_PortalUrlShapes_EscapedQueryInRightPlace(string portal, string expected)
    {
        var url = RouterVariables.AppendQuery(portal, [new("a", "1"), new("b", "x&y")]);

        Assert.Equal(expected, url);
    }

    [Fact]
    public void Resolve_OverrideAllowedFromLoopback_UsesHeader()
    {
        var context = Context(IPAddress.Loopback, "10.5.50.23");

        Assert.Equal("10.5.50.23", ClientAddress.Resolve(context, allowOverride: true));
    }

    [Fact]
    public void Resolve_OverrideNotAllowed_HeaderIgnored()
    {
        var context = Context(IPAddress.Loopback, "10.5.50.23");

        Assert.Equal("127.0.0.1", ClientAddress.Resolve(context, allowOverride: false));
    }

    [Fact]
    public void Resolve_RemoteNotLoopback_HeaderIgnoredAndMappedAddressUnwrapped()
    {
        var context = Context(IPAddress.Parse("::ffff:10.5.50.9"), "10.5.50.23");

        Assert.Equal("10.5.50.9", ClientAddress.Resolve(context, allowOverride: true));
    }

    [Theory]
    [InlineData("http://example.org/", true)]
    [InlineData("https://example.org/x?y=1", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("//evil.example/", false)]
    [InlineData("/status", false)]
    [InlineData(null, false)]
    public void IsFollowableDestination_Urls_OnlyAbsoluteHttp(string? dst, bool expected)
    {
        Assert.Equal(expected, FrontLinks.IsFollowableDestination(dst));
    }

    private static DefaultHttpContext Context(IPAddress remote, string header)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = remote;
        context.Request.Headers[ClientAddress.OverrideHeader] = header;
        return context;
    }
}
