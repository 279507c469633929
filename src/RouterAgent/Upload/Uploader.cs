using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Site;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.RouterAgent.Upload;

/// <summary>
/// Store-and-forward to Central: leases the oldest reports, signs and POSTs them, and deletes exactly what Central
/// acknowledged. Failures are data (backoff with full jitter, <c>Retry-After</c> honoured), never a crash;
/// cancellation leaves the leased rows in the outbox for the next start.
/// </summary>
public sealed partial class Uploader : BackgroundService
{
    private readonly ReportOutbox _outbox;
    private readonly HttpClient _http;
    private readonly UploadOptions _options;
    private readonly string _siteId;
    private readonly byte[] _key;
    private readonly Uri _endpoint;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly long _startStamp;

    public Uploader(
        ReportOutbox outbox, HttpClient http, UploadOptions options, SiteOptions site, TimeProvider time,
        ILogger? logger = null, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(time);
        (_outbox, _http, _options, _time) = (outbox, http, options, time);
        _siteId = site.Id;
        _key = site.LoadKey();
        _endpoint = options.ReportsUri();
        _logger = logger ?? NullLogger.Instance;
        _random = random ?? Random.Shared;
        _startStamp = time.GetTimestamp();
    }

    /// <summary>Central's clock minus ours, measured at the last acknowledgement (or a refusal's Date header).</summary>
    public TimeSpan? ClockOffset { get; private set; }

    /// <summary>Our clock when Central last acknowledged a batch.</summary>
    public DateTimeOffset? LastAcknowledgedAt { get; private set; }

    /// <summary>Failed attempts in a row (0 once Central answers).</summary>
    public int ConsecutiveFailures { get; private set; }

    /// <summary>Rows removed because they were not readable reports (since start).</summary>
    public long UnreadableRows { get; private set; }

    /// <summary>Runs cycles until stopped; a failure only changes the next delay.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var cycle = await RunCycleAsync(stoppingToken).ConfigureAwait(false);
                await WaitAsync(cycle, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever was in flight stays in the outbox and goes again next start.
        }
    }

    /// <summary>
    /// The pause after a cycle. Drained and <see cref="UploadOptions.SendPromptly"/>: until the collector stores its next
    /// samples (at most <see cref="UploadOptions.Interval"/>), so Central hears news within a sampling cycle. After a
    /// failure, a throttle or a partial backlog: exactly the cycle's delay.
    /// </summary>
    private Task WaitAsync(UploadCycle cycle, CancellationToken ct) =>
        cycle.Last == UploadOutcome.Empty && _options.SendPromptly
            ? _outbox.Fresh.WaitAsync(cycle.NextDelay, _time, ct)
            : Task.Delay(cycle.NextDelay, _time, ct);

    /// <summary>
    /// Uploads up to <see cref="UploadOptions.MaxBatchesPerCycle"/> batches, oldest first, and says how long to wait:
    /// the interval when drained, a short pause while a backlog remains, Retry-After or a jittered backoff otherwise.
    /// </summary>
    public async Task<UploadCycle> RunCycleAsync(CancellationToken ct = default)
    {
        var acked = 0;
        for (var batch = 1; batch <= _options.MaxBatchesPerCycle; batch++)
        {
            var attempt = await UploadOnceAsync(ct).ConfigureAwait(false);
            acked += attempt.Acknowledged;
            switch (attempt.Outcome)
            {
                case UploadOutcome.Empty:
                    return new UploadCycle(batch, acked, attempt.Outcome, _options.Interval);
                case UploadOutcome.Throttled:
                    return new UploadCycle(batch, acked, attempt.Outcome, attempt.RetryAfter ?? NextBackoff());
                case UploadOutcome.Failed:
                    return new UploadCycle(batch, acked, attempt.Outcome, NextBackoff());
            }
        }

        return new UploadCycle(_options.MaxBatchesPerCycle, acked, UploadOutcome.Acknowledged, _options.BacklogPause);
    }

    /// <summary>Leases, signs, sends and acknowledges one batch.</summary>
    public async Task<UploadAttempt> UploadOnceAsync(CancellationToken ct = default)
    {
        var rows = await _outbox.LeaseBatchAsync(_options.BatchSize, _options.MaxBatchBytes, ct).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return new UploadAttempt(UploadOutcome.Empty, 0, 0);
        }

        var (reports, unreadable) = ReadRows(rows);
        var removed = 0;
        if (unreadable.Count > 0)
        {
            removed = await _outbox.AcknowledgeAsync(unreadable, ct).ConfigureAwait(false);
            UnreadableRows += removed;
        }

        if (reports.Count == 0)
        {
            return new UploadAttempt(UploadOutcome.Acknowledged, 0, removed);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(
            new ReportBatch(ReportBatch.CurrentVersion, _siteId, reports), ContractsJson.Default.ReportBatch);
        return await SendAsync(body, reports, ct).ConfigureAwait(false);
    }

    private (List<Report> Reports, List<OutboxKey> Unreadable) ReadRows(IReadOnlyList<OutboxEntry> rows)
    {
        var now = _time.GetUtcNow();
        var uptime = _time.GetElapsedTime(_startStamp);
        var reports = new List<Report>(rows.Count);
        var unreadable = new List<OutboxKey>();
        foreach (var row in rows)
        {
            if (OutboxReport.Read(row, _siteId, _outbox.BootId, now, uptime) is { } report)
            {
                reports.Add(report);
            }
            else
            {
                Log.UploadUnreadableRow(_logger, row.Key.ToString());
                unreadable.Add(row.Key);
            }
        }

        return (reports, unreadable);
    }

    private TimeSpan NextBackoff() =>
        Backoff.FullJitter(Math.Max(0, ConsecutiveFailures - 1), _options.BaseBackoff, _options.MaxBackoff, _random);

    private UploadAttempt Fail(string reason, int sent, int? status = null)
    {
        ConsecutiveFailures++;
        Log.UploadFailed(_logger, reason, ConsecutiveFailures,
            Backoff.Ceiling(ConsecutiveFailures - 1, _options.BaseBackoff, _options.MaxBackoff));
        return new UploadAttempt(UploadOutcome.Failed, sent, 0, null, status);
    }

    private DateTimeOffset CorrectedNow() => _time.GetUtcNow() + (ClockOffset ?? TimeSpan.Zero);
}
