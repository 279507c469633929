using KimHotspot.RouterSimulator.Tests.SimulatorFixture;

namespace KimHotspot.RouterSimulator.Tests.Api;

public class FaultTests
{
    [Fact]
    public async Task ReplyDelay_RealClock_ReplyStillArrivesIntact()
    {
        await using var router = await TestRouter.StartAsync(time: TimeProvider.System);
        await using var client = await RawApiClient.LoginAsync(router);
        router.Faults.ReplyDelay = TimeSpan.FromMilliseconds(20);

        var reply = await client.CallAsync("/system/identity/print");

        Assert.Equal([["!re", "=name=KIM-Desa-Sukamaju"], ["!done"]], reply);
    }

    [Fact]
    public async Task ByteByByte_Reply_ParsesToSameSentences()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.Faults.ByteByByte = true;

        var reply = await client.CallAsync("/system/identity/print", ".tag=5");

        Assert.Equal([["!re", "=name=KIM-Desa-Sukamaju", ".tag=5"], ["!done", ".tag=5"]], reply);
    }

    [Fact]
    public async Task DropMidSentence_NextReply_HalfSentenceThenClose()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.Faults.DropMidSentence = true;

        await client.SendAsync("/system/identity/print");
        var bytes = await client.ReadToEndAsync();

        byte[] full = [0x03, .. "!re"u8, 0x17, .. "=name=KIM-Desa-Sukamaju"u8, 0x00];
        Assert.Equal(full[..(full.Length / 2)], bytes);
        Assert.False(router.Faults.DropMidSentence);
    }

    [Fact]
    public async Task FatalNext_NextCommand_GetsFatalTextThenClose()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.Faults.FatalNext = "out of memory";

        await client.SendAsync("/system/identity/print");

        Assert.Equal(["!fatal", "out of memory"], await client.ReadAsync());
        Assert.Null(await client.ReadOrEndAsync());
        Assert.Null(router.Faults.FatalNext);
    }

    [Fact]
    public async Task Silence_CommandsReadButNotAnswered_UntilSwitchedOff()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.Faults.Silence = true;
        await client.SendAsync("/system/identity/set", "=name=quiet", ".tag=1");
        var done = new TaskCompletionSource();
        router.Transcript.Enabled = true;
        router.Transcript.Recorded += e =>
        {
            if (e.FromClient && e.Words[0] == "/system/identity/print")
            {
                done.TrySetResult();
            }
        };

        await client.SendAsync("/system/identity/print", ".tag=2");
        await done.Task.WaitAsync(RawApiClient.Timeout);
        router.Faults.Silence = false;
        await client.SendAsync("/system/identity/print", ".tag=3");

        // Tag 1 was handled (its reply dropped) before tag 2 was read; tag 2 may race with the switch.
        var replies = await client.ReadUntilDoneAsync("3");
        Assert.DoesNotContain(replies, r => RawApiClient.TagOf(r) == "1");
        Assert.Contains(["!re", "=name=quiet", ".tag=3"], replies);
    }

    [Fact]
    public async Task UnknownReplyWordNext_PrecedesReplyWithFooOnce()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.Faults.UnknownReplyWordNext = true;

        var first = await client.CallAsync("/system/identity/print", ".tag=1");
        var second = await client.CallAsync("/system/identity/print", ".tag=2");

        Assert.Equal("!foo", first[0][0]);
        Assert.Equal("1", RawApiClient.TagOf(first[0]));
        Assert.Equal(["!re", "!done"], first.Skip(1).Select(s => s[0]));
        Assert.Equal(["!re", "!done"], second.Select(s => s[0]));
    }

    [Fact]
    public async Task LongLengthPrefixes_EveryPrefixIsFiveBytes()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.Faults.LongLengthPrefixes = true;

        await client.SendAsync("/ip/hotspot/walled-garden/add", "=dst-host=portal.example.com");

        byte[] expected = [0xF0, 0, 0, 0, 5, .. "!done"u8, 0xF0, 0, 0, 0, 7, .. "=ret=*1"u8, 0x00];
        Assert.Equal(expected, await client.ReadBytesAsync(expected.Length));
    }

    [Fact]
    public async Task Transcript_Enabled_RecordsBothDirections()
    {
        await using var router = await TestRouter.StartAsync();
        router.Transcript.Enabled = true;
        await using var client = await RawApiClient.LoginAsync(router);

        await client.CallAsync("/system/identity/print", ".tag=9");

        var entries = router.Transcript.Entries.Select(e => e.ToString()).ToList();
        Assert.Contains("-> /system/identity/print .tag=9", entries);
        Assert.Contains("<- !done .tag=9", entries);
        Assert.DoesNotContain(entries, e => e.Contains(TestRouter.Password, StringComparison.Ordinal) && e.StartsWith("<-", StringComparison.Ordinal));
    }
}
