using System.Net;
using KimHotspot.Central.Ingest;
using KimHotspot.Contracts.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static KimHotspot.Central.Tests.Ingest.Samples;

namespace KimHotspot.Central.Tests.Ingest;

public sealed class LimitTests
{
    private const string Village = "71.74.01.2001";
    private const string Neighbour = "71.74.01.2002";

    private static ReportBatch Batch(string site, long seq) => new(1, site, [Report(site, seq, Noon.AddMinutes(29), Portal())]);

    [Fact]
    public async Task Post_SiteOverItsRate_TooManyWithRetryAfterWhileAnotherSiteIsServed()
    {
        await using var host = IngestHost.Start(new Dictionary<string, string?>
        {
            ["Central:Ingest:SiteBurst"] = "2",
            ["Central:Ingest:SiteBatchesPerMinute"] = "1",
        });
        var village = await host.AddSiteAsync(Village);
        var neighbour = await host.AddSiteAsync(Neighbour);

        using var first = await host.PostAsync(Village, village, Batch(Village, 1));
        using var second = await host.PostAsync(Village, village, Batch(Village, 2));
        using var third = await host.PostAsync(Village, village, Batch(Village, 3));
        using var other = await host.PostAsync(Neighbour, neighbour, Batch(Neighbour, 1));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        using var later = await host.PostAsync(Village, village, Batch(Village, 3));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], new[] { first.StatusCode, second.StatusCode });
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), third.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task Post_AllWriteSlotsBusy_TooManyAndNothingAcknowledged()
    {
        var sink = new HeldSink();
        await using var host = IngestHost.Start(
            new Dictionary<string, string?> { ["Central:Ingest:MaxConcurrentWrites"] = "1", ["Central:Ingest:WriteQueueWait"] = "00:00:00" },
            services => services.Replace(ServiceDescriptor.Singleton<IReportSink>(sink)));
        var village = await host.AddSiteAsync(Village);
        var neighbour = await host.AddSiteAsync(Neighbour);

        var held = host.PostAsync(Village, village, Batch(Village, 1));
        await sink.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var refused = await host.PostAsync(Neighbour, neighbour, Batch(Neighbour, 1));
        sink.Release.SetResult();
        using var done = await held;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(15), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }

    [Fact]
    public async Task Post_StoreFails_TooManyWithRetryAfterAndNoAck()
    {
        await using var host = IngestHost.Start(services: services => services.Replace(ServiceDescriptor.Singleton<IReportSink>(new FailingSink())));
        var village = await host.AddSiteAsync(Village);

        using var response = await host.PostAsync(Village, village, Batch(Village, 1));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain("accepted", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryAcquire_EmptyBucket_RefillsAtTheConfiguredRate()
    {
        var time = new FakeTimeProvider();
        var limiter = new SiteRateLimiter(Options.Create(new IngestOptions { SiteBurst = 1, SiteBatchesPerMinute = 2 }), time);

        var granted = limiter.TryAcquire("a");
        var refused = limiter.TryAcquire("a");
        time.Advance(TimeSpan.FromSeconds(30));
        var refilled = limiter.TryAcquire("a");

        Assert.Null(granted);
        Assert.Equal(TimeSpan.FromSeconds(30), refused);
        Assert.Null(refilled);
    }

    private sealed class FailingSink : IReportSink
    {
        public Task<IngestOutcome> AcceptAsync(VerifiedBatch batch, CancellationToken cancellationToken) =>
            throw new Microsoft.Data.Sqlite.SqliteException("disk I/O error", 10);
    }

    private sealed class HeldSink : IReportSink
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IngestOutcome> AcceptAsync(VerifiedBatch batch, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return IngestOutcome.Stored([.. batch.Batch.Reports.Select(r => r.Key)], batch.Batch.Reports.Count);
        }
    }
}
