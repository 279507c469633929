using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Tests.Model;

public class QueryFilterTests
{
    private static readonly RowView Ether = Row(("type", "ether"), ("distance", "1"), ("gateway", "172.16.1.1"), ("comment", "uplink"));
    private static readonly RowView Vlan = Row(("type", "vlan"), ("distance", "2"), ("gateway", "172.16.1.1"), ("comment", ""));
    private static readonly RowView Wlan = Row(("type", "wlan"), ("distance", "3"), ("gateway", "10.0.0.1"));

    [Theory]
    [InlineData(new[] { "type=ether", "type=vlan", "#|" }, "ether,vlan")]
    [InlineData(new[] { "type=ether", "type=vlan", "#|!" }, "wlan")]
    [InlineData(new[] { ">distance=1", "gateway=172.16.1.1", "#&!" }, "ether,wlan")]
    [InlineData(new[] { ">comment=" }, "ether")]
    [InlineData(new[] { "gateway=172.16.1.1", "distance=2" }, "vlan")]
    [InlineData(new[] { "=type=ether", "=type=vlan", "=type=wlan", "#|", "#|" }, "ether,vlan,wlan")]
    [InlineData(new[] { "comment" }, "ether,vlan")]
    [InlineData(new[] { "-comment" }, "wlan")]
    [InlineData(new[] { "<distance=3" }, "ether,vlan")]
    [InlineData(new[] { "type=ether", "type=wlan", "#|.&" }, "ether,wlan")]
    [InlineData(new[] { "type=ether", "distance=9", "#1" }, "ether")]
    [InlineData(new[] { "type=ether", "distance=9", "#1.|" }, "ether")]
    [InlineData(new[] { "type=ether", "#!!" }, "ether")]
    public void Matches_ReferenceQueries_SelectExpectedRows(string[] words, string expected)
    {
        var filter = new QueryFilter(words);

        var matched = new[] { Ether, Vlan, Wlan }.Where(filter.Matches).Select(r => r.Get("type"));

        Assert.Equal(expected, string.Join(',', matched));
    }

    [Fact]
    public void Matches_BooleanSpellings_CompareAsBooleans()
    {
        var row = Row(("disabled", "no"));

        Assert.True(new QueryFilter(["disabled=false"]).Matches(row));
        Assert.False(new QueryFilter(["disabled=true"]).Matches(row));
    }

    private static RowView Row(params (string Key, string Value)[] pairs)
    {
        var row = new RowView();
        foreach (var (key, value) in pairs)
        {
            row.Add(key, value);
        }

        return row;
    }
}
