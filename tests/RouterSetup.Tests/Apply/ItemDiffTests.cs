using KimHotspot.RouterSetup.Apply;
using KimHotspot.RouterSetup.Plan;

namespace KimHotspot.RouterSetup.Tests.Apply;

public class ItemDiffTests
{
    private static readonly PlanItem Pool = new("pool", "/ip/pool", ItemKind.Row,
        [new("name", "kimhotspot-pool")], [new("ranges", "10.5.50.10-10.5.50.254"), new("comment", "kimhotspot")]);

    [Fact]
    public void Compare_NoRow_IsMissing()
    {
        var diff = ItemDiff.Compare(Pool, null);

        Assert.True(diff.Missing);
        Assert.False(diff.InSync);
    }

    [Fact]
    public void Compare_SameValues_IsInSync() =>
        Assert.True(ItemDiff.Compare(Pool, Row(("ranges", "10.5.50.10-10.5.50.254"), ("comment", "kimhotspot"))).InSync);

    [Fact]
    public void Compare_OneDrifted_ListsOnlyThatField()
    {
        var diff = ItemDiff.Compare(Pool, Row(("ranges", "10.5.50.100-10.5.50.200"), ("comment", "kimhotspot")));

        var only = Assert.Single(diff.Settable);
        Assert.Equal(("ranges", "10.5.50.10-10.5.50.254", "10.5.50.100-10.5.50.200"), (only.Name, only.Wanted, only.Actual));
        Assert.Equal("*7", diff.RowId);
    }

    [Fact]
    public void Compare_CreateOnlyDiffers_IsUnmetNotSettable()
    {
        var cert = new PlanItem("cert", "/certificate", ItemKind.CreateOnly, [new("name", "c")], [new("common-name", "10.5.50.1")])
        {
            Expect = [new("private-key", "yes", FieldMatch.Bool)],
        };

        var diff = ItemDiff.Compare(cert, Row(("common-name", "other"), ("private-key", "false")));

        Assert.Empty(diff.Settable);
        Assert.Equal(["private-key", "common-name"], diff.Unmet.Select(u => u.Name));
    }

    [Fact]
    public void FieldDifference_LongValue_IsSummarized() =>
        Assert.Equal("contents: has (none), wants <100 chars>", new FieldDifference("contents", new string('x', 100), null).ToString());

    private static Dictionary<string, string> Row(params (string Key, string Value)[] pairs)
    {
        var row = new Dictionary<string, string> { [".id"] = "*7" };
        foreach (var (key, value) in pairs)
        {
            row[key] = value;
        }

        return row;
    }
}
