using System.Net;
using System.Text;
using KimHotspot.Contracts.Signing;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Tests.Upload;

public sealed class UploaderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RunCycle_ReceiverDownForAWeekThenBack_EveryReportArrivesExactlyOnce()
    {
        await using var f = await UploadFixture.StartAsync(batchSize: 10, maxBatchesPerCycle: 3);
        var uploader = f.CreateUploader();
        await f.Receiver.DownAsync();
        var keys = new List<KimHotspot.RouterAgent.Outbox.OutboxKey>();
        for (var hour = 0; hour < 7 * 24; hour++)
        {
            keys.Add(await f.AppendAsync());
            var failed = await uploader.RunCycleAsync();
            Assert.Equal(UploadOutcome.Failed, failed.Last);
            Assert.InRange(failed.NextDelay, TimeSpan.Zero, f.Options.MaxBackoff);
            f.Time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(168, await f.DepthAsync());
        await f.Receiver.UpAsync();
        var cycles = new List<UploadCycle>();
        while (await f.DepthAsync() > 0 && cycles.Count < 50)
        {
            cycles.Add(await uploader.RunCycleAsync());
        }

        Assert.Equal(168, f.Receiver.Stored.Count);
        Assert.All(keys, k => Assert.True(f.Receiver.Stored.ContainsKey((TestReceiver.SiteId, k.BootId, k.Seq))));
        Assert.Contains(cycles, c => c is { Batches: 3, Acknowledged: 30 } && c.NextDelay == f.Options.BacklogPause);
        Assert.All(f.Receiver.Verdicts, v => Assert.Equal(VerifyResult.Ok, v));
        var oldest = f.Receiver.Stored[(TestReceiver.SiteId, keys[0].BootId, keys[0].Seq)];
        Assert.Equal((long)TimeSpan.FromDays(7).TotalMilliseconds, oldest.AgeMs);
        Assert.Equal(0, uploader.ConsecutiveFailures);
        Assert.Equal(TimeSpan.Zero, uploader.ClockOffset);
    }

    [Fact]
    public async Task RunCycle_Throttled_HonoursRetryAfterAndKeepsRows()
    {
        await using var f = await UploadFixture.StartAsync();
        f.Receiver.Mode = ReceiverMode.Throttle;
        f.Receiver.RetryAfterSeconds = 120;
        await f.AppendAsync();

        var cycle = await f.CreateUploader().RunCycleAsync();

        Assert.Equal(UploadOutcome.Throttled, cycle.Last);
        Assert.Equal(TimeSpan.FromSeconds(120), cycle.NextDelay);
        Assert.Equal(1, await f.DepthAsync());
        Assert.Empty(f.Receiver.Stored);
    }

    [Fact]
    public async Task RunCycle_ServerError_BacksOffWithinFirstCeilingAndKeepsRows()
    {
        await using var f = await UploadFixture.StartAsync();
        f.Receiver.Mode = ReceiverMode.Fail;
        await f.AppendAsync();
        var uploader = f.CreateUploader();

        var first = await uploader.RunCycleAsync();
        var second = await uploader.RunCycleAsync();

        Assert.Equal(UploadOutcome.Failed, first.Last);
        Assert.InRange(first.NextDelay, TimeSpan.Zero, f.Options.BaseBackoff);
        Assert.InRange(second.NextDelay, TimeSpan.Zero, 2 * f.Options.BaseBackoff);
        Assert.Equal(2, uploader.ConsecutiveFailures);
        Assert.Equal(1, await f.DepthAsync());
    }

    [Fact]
    public async Task Receiver_TamperedBatch_RefusedAsBadSignature()
    {
        await using var f = await UploadFixture.StartAsync();
        var path = "/api/v1/reports";
        var signed = Encoding.UTF8.GetBytes("""{"v":1,"siteId":"71.74.01.2001","reports":[]}""");
        var tampered = Encoding.UTF8.GetBytes("""{"v":1,"siteId":"71.74.01.2009","reports":[]}""");
        var headers = SiteSignature.Sign("POST", path, signed, TestReceiver.SiteId, TestReceiver.Key, f.Time.GetUtcNow());
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(f.Receiver.Url, path)) { Content = new ByteArrayContent(tampered) };
        foreach (var (name, value) in headers.ToPairs())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal([VerifyResult.BadSignature], f.Receiver.Verdicts);
        Assert.Empty(f.Receiver.Stored);
    }

    [Fact]
    public async Task UploadOnce_CancelledMidUpload_RowsStayAndGoOnceAfterRestart()
    {
        await using var f = await UploadFixture.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await f.AppendAsync();
        }

        f.Receiver.Mode = ReceiverMode.Slow;
        using var stop = new CancellationTokenSource();
        var upload = f.CreateUploader().UploadOnceAsync(stop.Token);
        await f.Receiver.SlowRequestArrived.Task.WaitAsync(Patience);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
        Assert.Equal(3, await f.DepthAsync());

        f.Restart();
        f.Receiver.Mode = ReceiverMode.Normal;
        var cycle = await f.CreateUploader().RunCycleAsync();

        Assert.Equal(3, cycle.Acknowledged);
        Assert.Equal(0, await f.DepthAsync());
        Assert.Equal(3, f.Receiver.Stored.Count);
        Assert.Equal(6, f.Receiver.Deliveries);
    }

    [Fact]
    public async Task UploadOnce_ClockSkewedAgent_OffsetMeasuredFromAck()
    {
        await using var f = await UploadFixture.StartAsync();
        await f.AppendAsync();
        var uploader = f.CreateUploader();

        var attempt = await uploader.UploadOnceAsync();

        Assert.Equal(UploadOutcome.Acknowledged, attempt.Outcome);
        Assert.Equal(1, attempt.Acknowledged);
        Assert.Equal(TimeSpan.Zero, uploader.ClockOffset);
        Assert.NotNull(uploader.LastAcknowledgedAt);
    }

    [Fact]
    public async Task UploadOnce_UnreadableRow_RemovedCountedAndRestStillSent()
    {
        await using var f = await UploadFixture.StartAsync();
        await f.Outbox.AppendAsync("portalHealth", f.Time.GetUtcNow(), "not json"u8.ToArray());
        await f.AppendAsync();
        var uploader = f.CreateUploader();

        var attempt = await uploader.UploadOnceAsync();

        Assert.Equal(UploadOutcome.Acknowledged, attempt.Outcome);
        Assert.Equal(1, attempt.Sent);
        Assert.Equal(1, uploader.UnreadableRows);
        Assert.Single(f.Receiver.Stored);
        Assert.Equal(0, await f.DepthAsync());
    }

    [Fact]
    public async Task Run_DrainedThenSamplesStored_SendsThemBeforeTheIntervalPasses()
    {
        await using var f = await UploadFixture.StartAsync();
        f.Options.Interval = TimeSpan.FromHours(1); // fake time never moves here: only the signal can wake the uploader
        var started = f.Time.GetUtcNow();
        var uploader = f.CreateUploader();
        var first = await f.AppendAsync();
        await uploader.StartAsync(CancellationToken.None);
        try
        {
            await ArrivedAsync(f, first);
            var second = await f.AppendAsync();
            f.Outbox.Fresh.Stored();
            await ArrivedAsync(f, second);
            var third = await f.AppendAsync();
            f.Outbox.Fresh.Stored();
            await ArrivedAsync(f, third);
        }
        finally
        {
            await uploader.StopAsync(CancellationToken.None);
        }

        Assert.Equal(3, f.Receiver.Stored.Count);
        Assert.Equal(0, await f.DepthAsync());
        Assert.Equal(started, f.Time.GetUtcNow());
    }

    [Fact]
    public async Task FreshSamples_SeveralSignalsWhileBusy_CollapseIntoOneWake()
    {
        using var fresh = new KimHotspot.RouterAgent.Outbox.FreshSamples();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        fresh.Stored();
        fresh.Stored();

        bool firstWake = await fresh.WaitAsync(TimeSpan.FromHours(1), time, CancellationToken.None);
        var secondWait = fresh.WaitAsync(TimeSpan.FromHours(1), time, CancellationToken.None);
        bool pendingBeforeTimeout = secondWait.IsCompleted;
        time.Advance(TimeSpan.FromHours(1));
        bool secondWake = await secondWait.WaitAsync(Patience);

        Assert.True(firstWake);
        Assert.False(pendingBeforeTimeout);
        Assert.False(secondWake);
    }

    private static async Task ArrivedAsync(UploadFixture f, KimHotspot.RouterAgent.Outbox.OutboxKey key)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!f.Receiver.Stored.ContainsKey((TestReceiver.SiteId, key.BootId, key.Seq)))
        {
            await Task.Delay(20, patience.Token);
        }
    }
}
