using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Site;
using KimHotspot.RouterAgent.Tests.Outbox;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Tests.Upload;

/// <summary>A real outbox file, a fake clock shared with a real in-test receiver on Kestrel, and an uploader factory.</summary>
public sealed class UploadFixture : IAsyncDisposable
{
    private readonly OutboxFixture _files;
    private readonly HttpClient _http = new();

    private UploadFixture(OutboxFixture files, TestReceiver receiver)
    {
        (_files, Receiver) = (files, receiver);
        Outbox = _files.Open();
    }

    public TestReceiver Receiver { get; }

    public ReportOutbox Outbox { get; private set; }

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _files.Time;

    public UploadOptions Options { get; private set; } = null!;

    public static async Task<UploadFixture> StartAsync(int batchSize = 10, int maxBatchesPerCycle = 3)
    {
        var files = new OutboxFixture();
        var receiver = await TestReceiver.StartAsync(files.Time);
        var fixture = new UploadFixture(files, receiver);
        fixture.Options = new UploadOptions
        {
            Url = receiver.Url,
            BatchSize = batchSize,
            MaxBatchesPerCycle = maxBatchesPerCycle,
        };
        return fixture;
    }

    public SiteOptions Site { get; } = new() { Id = TestReceiver.SiteId, Key = "village-key-0123456789abcdef0123" };

    public Uploader CreateUploader(int seed = 42) => new(Outbox, _http, Options, Site, Time, null, new Random(seed));

    public Task<OutboxKey> AppendAsync(int responseMs = 41) =>
        OutboxReport.AppendAsync(Outbox, TestReceiver.SiteId, Time.GetUtcNow(), true, new PortalHealth(true, 200, responseMs));

    /// <summary>Closes and reopens the outbox, as a restart of the agent does (a new boot).</summary>
    public void Restart()
    {
        Outbox.Dispose();
        Outbox = _files.Open();
    }

    public async Task<long> DepthAsync() => (await Outbox.GetStatsAsync()).Depth;

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Outbox.DisposeAsync();
        _http.Dispose();
        _files.Dispose();
    }
}
