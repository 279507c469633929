using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;

namespace KimHotspot.RouterAgent.Tests.Faults;

/// <summary>How far the receiver got with one upload.</summary>
public enum UploadStage { Arrived, Stored, Answered }

/// <summary>One upload as it arrived, with the receiver's random waits and its progress (updated as it goes).</summary>
/// <param name="SenderBoot">
/// The sending agent's own boot: a report carries an age only when it is from the boot that uploads it; null when the
/// batch holds only reports of earlier boots.
/// </param>
public sealed class Arrival(int number, Guid? senderBoot, int reports, TimeSpan beforeStore, TimeSpan beforeAck)
{
    private volatile UploadStage _stage;

    public int Number { get; } = number;

    public Guid? SenderBoot { get; } = senderBoot;

    public int Reports { get; } = reports;

    public TimeSpan BeforeStore { get; } = beforeStore;

    public TimeSpan BeforeAck { get; } = beforeAck;

    public UploadStage Stage
    {
        get => _stage;
        set => _stage = value;
    }
}

public sealed partial class FaultReceiver
{
    private Arrival NewArrival(ReportBatch batch)
    {
        var senders = batch.Reports.Where(r => r.AgeMs is not null).Select(r => r.BootId).Distinct().ToList();
        if (senders.Count > 1)
        {
            Problems.Enqueue($"one batch carries ages from {senders.Count} boots; only the sender's own reports may have one");
        }

        TimeSpan beforeStore, beforeAck;
        lock (_random)
        {
            beforeStore = TimeSpan.FromMilliseconds(_random.Next(0, (int)MaxBeforeStore.TotalMilliseconds + 1));
            beforeAck = TimeSpan.FromMilliseconds(_random.Next(0, (int)MaxBeforeAck.TotalMilliseconds + 1));
        }

        var number = Interlocked.Increment(ref _requests);
        return new Arrival(number, senders.Count == 0 ? null : senders[0], batch.Reports.Count, beforeStore, beforeAck);
    }

    private void Store(IReadOnlyList<Report> reports)
    {
        foreach (var report in reports)
        {
            Interlocked.Increment(ref _deliveries);
            // The age is measured at each upload; everything else must be the same bytes every time.
            var content = JsonSerializer.SerializeToUtf8Bytes(report with { AgeMs = null }, ContractsJson.Default.Report);
            var first = Stored.GetOrAdd((report.BootId, report.Seq), content);
            if (!ReferenceEquals(first, content))
            {
                Interlocked.Increment(ref _duplicates);
                if (!first.AsSpan().SequenceEqual(content))
                {
                    Problems.Enqueue($"report {report.BootId:N}/{report.Seq} came again with other content");
                }

                continue;
            }

            Notify(report);
        }
    }

    private void Notify(Report report)
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Match(report)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(report);
            }
        }
    }
}
