using KimHotspot.RouterSetup.Plan;

namespace KimHotspot.RouterSetup.Tests.Plan;

public class WantedFieldTests
{
    [Theory]
    [InlineData("yes", "true", true)]
    [InlineData("no", "false", true)]
    [InlineData("yes", "no", false)]
    [InlineData("yes", null, false)]
    public void IsSatisfiedBy_Bool_AcceptsBothSpellings(string wanted, string? actual, bool expected) =>
        Assert.Equal(expected, new WantedField("disabled", wanted, FieldMatch.Bool).IsSatisfiedBy(actual));

    [Theory]
    [InlineData("http-chap,cookie,http-pap", true)]
    [InlineData("cookie,http-chap", false)]
    [InlineData("cookie,http-chap,http-pap,trial", false)]
    public void IsSatisfiedBy_Set_IgnoresOrder(string actual, bool expected) =>
        Assert.Equal(expected, new WantedField("login-by", "cookie,http-chap,http-pap", FieldMatch.Set).IsSatisfiedBy(actual));

    [Theory]
    [InlineData("!local,!telnet,read,write,!policy,api,!rest-api", true)]
    [InlineData("read,write,api,test", false)]
    [InlineData("read,!write,api", false)]
    public void IsSatisfiedBy_Policy_ComparesGrantedOnly(string actual, bool expected) =>
        Assert.Equal(expected, new WantedField("policy", "read,write,api", FieldMatch.Policy).IsSatisfiedBy(actual));

    [Fact]
    public void IsSatisfiedBy_WriteOnly_IsAlwaysSatisfied() =>
        Assert.True(new WantedField("password", "secret", FieldMatch.WriteOnly).IsSatisfiedBy(null));

    [Fact]
    public void IsSatisfiedBy_Exact_IsCaseSensitive() =>
        Assert.False(new WantedField("name", "Bridge").IsSatisfiedBy("bridge"));
}
