using KimHotspot.Central.Proxy;

namespace KimHotspot.Central.Tests.Proxy;

public sealed class PortalRewriteTests
{
    private const string Prefix = "/sites/71.74.01.2001/portal";
    private static readonly Uri Portal = new("http://10.8.0.12:8080");

    [Theory]
    [InlineData("/admin/masuk?ReturnUrl=%2Fadmin", Prefix + "/admin/masuk?ReturnUrl=%2Fadmin")]
    [InlineData(Prefix + "/admin", Prefix + "/admin")]
    [InlineData("http://10.8.0.12:8080/admin", Prefix + "/admin")]
    [InlineData("https://example.org/x", "https://example.org/x")]
    [InlineData("//evil.example/x", "//evil.example/x")]
    [InlineData("next", "next")]
    public void Location_Variants_UnderPrefixOnlyForThePortal(string location, string expected) =>
        Assert.Equal(expected, PortalRewrite.Location(location, Prefix, Portal));

    [Theory]
    [InlineData("a=1; path=/; httponly", "a=1; path=" + Prefix + "/; httponly")]
    [InlineData("a=1; Path=/admin", "a=1; path=" + Prefix + "/admin")]
    [InlineData("a=1; path=" + Prefix + "/", "a=1; path=" + Prefix + "/")]
    [InlineData("a=1", "a=1; path=" + Prefix + "/")]
    public void SetCookie_Variants_PathUnderPrefix(string setCookie, string expected) =>
        Assert.Equal(expected, PortalRewrite.SetCookie(setCookie, Prefix));
}
