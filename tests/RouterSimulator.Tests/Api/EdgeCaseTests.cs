using KimHotspot.RouterOs.Protocol;
using KimHotspot.RouterSimulator.Tests.SimulatorFixture;

namespace KimHotspot.RouterSimulator.Tests.Api;

/// <summary>Cases of routeros-reference.md §9 not covered elsewhere, each named by its number.</summary>
public class EdgeCaseTests
{
    [Fact]
    public async Task Edge35_SentenceWithoutTerminator_RouterWaitsAndJoinsLaterWords()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        await client.CallAsync("/ip/hotspot/user/add", "=name=wait-a", "=password=x");
        await client.CallAsync("/ip/hotspot/user/add", "=name=wait-b", "=password=x");

        // First the command word alone, no terminator: a router that acted now would list both users.
        var first = new System.Buffers.ArrayBufferWriter<byte>();
        SentenceWriter.WriteWord(first, "/ip/hotspot/user/print");
        await client.Stream.WriteAsync(first.WrittenMemory);
        await client.Stream.FlushAsync();

        // Then the query and the terminator: the router must treat both writes as one sentence.
        var rest = new System.Buffers.ArrayBufferWriter<byte>();
        SentenceWriter.WriteWord(rest, "?name=wait-b");
        SentenceWriter.WriteWord(rest, ".tag=35");
        SentenceWriter.WriteEnd(rest);
        await client.Stream.WriteAsync(rest.WrittenMemory);
        await client.Stream.FlushAsync();

        var replies = await client.ReadUntilDoneAsync("35");
        var rows = replies.Where(r => r[0] == "!re").ToList();
        Assert.Single(rows);
        Assert.Equal("wait-b", RawApiClient.Get(rows[0], "name"));
    }

    [Fact]
    public async Task Edge27_ProplistNamesFieldTheRowLacks_FieldIsAbsentAndHasQueryFalse()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        await client.CallAsync("/ip/hotspot/user/add", "=name=with-comment", "=password=x", "=comment=note");
        await client.CallAsync("/ip/hotspot/user/add", "=name=no-comment", "=password=x");

        var all = await client.CallAsync("/ip/hotspot/user/print", "=.proplist=name,comment,no-such-field");
        var withQuery = await client.CallAsync("/ip/hotspot/user/print", "=.proplist=name", "?comment");

        var rows = all.Where(r => r[0] == "!re").ToList();
        Assert.All(rows, r => Assert.DoesNotContain(r, w => w.StartsWith("=no-such-field", StringComparison.Ordinal)));
        Assert.DoesNotContain(rows.Single(r => RawApiClient.Get(r, "name") == "no-comment"),
            w => w.StartsWith("=comment=", StringComparison.Ordinal));
        Assert.Equal(["with-comment"], withQuery.Where(r => r[0] == "!re").Select(r => RawApiClient.Get(r, "name")));
    }
}
