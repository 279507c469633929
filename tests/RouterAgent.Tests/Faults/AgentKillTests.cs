using KimHotspot.Contracts.Messages;
using KimHotspot.RouterSimulator;
using Xunit.Abstractions;

namespace KimHotspot.RouterAgent.Tests.Faults;

/// <summary>
/// The real agent process, killed with SIGKILL at random points of its uploads twenty times and restarted on
/// the same outbox, still delivers every report exactly once (Central dedupes on the key; a repeat has the same content).
/// </summary>
public sealed class AgentKillTests(ITestOutputHelper output)
{
    private const int Kills = 20;
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Agent_KilledTwentyTimesMidUpload_EveryReportArrivesExactlyOnce()
    {
        var seed = Random.Shared.Next();
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        await using var router = new SimulatedRouter(
            new SimulatorOptions { ApiPort = 0, Password = AgentSetup.RouterPassword, SeedSessions = 4 }, TimeProvider.System);
        await router.StartAsync();
        await using var receiver = await FaultReceiver.StartAsync(seed);
        var outbox = Directory.CreateTempSubdirectory("kim-agent-kill-");
        var setup = new AgentSetup(router.ApiPort, receiver.Url, outbox.FullName);
        try
        {
            var killed = new HashSet<Guid>();
            var stages = new List<UploadStage>();
            for (var kill = 1; kill <= Kills; kill++)
            {
                await using var agent = AgentProcess.Start(setup.Environment(draining: false));
                var (boot, arrival) = await OwnUploadAsync(receiver, agent, killed, random.Next(0, 3));
                var window = (int)(arrival.BeforeStore + arrival.BeforeAck).TotalMilliseconds + 50;
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, window)), TimeProvider.System);
                var stage = arrival.Stage;
                await agent.KillAsync();
                killed.Add(boot);
                stages.Add(stage);
                output.WriteLine($"kill {kill}: boot {boot:N}, upload #{arrival.Number} ({arrival.Reports} reports), {stage}");
            }

            // The last start runs until Central holds everything, then stops as systemd stops it.
            (receiver.MaxBeforeStore, receiver.MaxBeforeAck) = (TimeSpan.Zero, TimeSpan.Zero);
            var drained = receiver.WaitForReportAsync(
                r => r is { Body: AgentHealth { OutboxDepth: 0 }, AgeMs: not null } && !killed.Contains(r.BootId));
            await using var last = AgentProcess.Start(setup.Environment(draining: true));
            var finalBoot = (await UntilAsync(drained, last, "its outbox to drain")).BootId;
            var exitCode = await last.TerminateAsync(StepTimeout);
            Assert.True(exitCode == 0, $"SIGTERM exit code {exitCode}:\n{last.Tail}");
            output.WriteLine($"kills before the store {stages.Count(s => s == UploadStage.Arrived)}, between store and " +
                $"acknowledgement {stages.Count(s => s == UploadStage.Stored)}, after {stages.Count(s => s == UploadStage.Answered)}; " +
                $"{receiver.Requests} uploads, {receiver.Deliveries} reports delivered, {receiver.Duplicates} again");

            AssertExactlyOnce(receiver, OutboxFile.Read(outbox.FullName), killed, finalBoot);
        }
        finally
        {
            outbox.Delete(recursive: true);
        }
    }

    private static void AssertExactlyOnce(FaultReceiver receiver, OutboxFile file, HashSet<Guid> killed, Guid finalBoot)
    {
        Assert.Empty(receiver.Problems);
        var stored = receiver.Stored.Keys.GroupBy(k => k.Boot).ToDictionary(g => g.Key, g => g.Select(k => k.Seq).ToHashSet());
        Assert.Equal(Kills, killed.Count);
        Assert.Equal([.. killed, finalBoot], file.LastSeq.Keys.ToHashSet());
        Assert.All(stored.Keys, boot => Assert.True(file.LastSeq.ContainsKey(boot), $"boot {boot:N} is not in the outbox"));
        foreach (var (boot, lastSeq) in file.LastSeq)
        {
            var got = stored.GetValueOrDefault(boot) ?? [];
            var waiting = file.Waiting.GetValueOrDefault(boot) ?? new HashSet<long>();
            Assert.True(got.Count > 0, $"nothing of boot {boot:N} arrived");
            Assert.True(got.All(seq => seq >= 1 && seq <= lastSeq), $"boot {boot:N}: a seq the outbox never assigned arrived");
            var missing = Enumerable.Range(1, (int)lastSeq).Select(i => (long)i).Where(seq => !got.Contains(seq)).ToList();
            if (boot == finalBoot)
            {
                // Written after the outbox last drained: still waiting for the next start, not lost.
                Assert.All(missing, seq => Assert.Contains(seq, waiting));
            }
            else
            {
                Assert.True(missing.Count == 0, $"boot {boot:N}: seqs {string.Join(", ", missing)} of 1..{lastSeq} never arrived");
                Assert.Empty(waiting);
            }
        }

        Assert.True(receiver.Duplicates > 0, "no report arrived twice: no kill landed between store and acknowledgement");
    }

    /// <summary>
    /// Waits until the agent uploads reports of its own boot (so the boot has written some), then lets
    /// <paramref name="skip"/> more uploads arrive. Uploads a killed agent had already sent are passed over.
    /// </summary>
    private static async Task<(Guid Boot, Arrival Arrival)> OwnUploadAsync(
        FaultReceiver receiver, AgentProcess agent, HashSet<Guid> killed, int skip)
    {
        Arrival arrival;
        do
        {
            arrival = await UntilAsync(receiver.Arrivals.Reader.ReadAsync().AsTask(), agent, "an upload");
        }
        while (arrival.SenderBoot is not { } sender || killed.Contains(sender));

        var boot = arrival.SenderBoot.Value;
        for (var i = 0; i < skip; i++)
        {
            arrival = await UntilAsync(receiver.Arrivals.Reader.ReadAsync().AsTask(), agent, "another upload");
        }

        return (boot, arrival);
    }

    private static async Task<T> UntilAsync<T>(Task<T> task, AgentProcess agent, string what)
    {
        using var timeout = new CancellationTokenSource();
        var first = await Task.WhenAny(task, agent.Exited, Task.Delay(StepTimeout, TimeProvider.System, timeout.Token));
        await timeout.CancelAsync();
        Assert.True(first == task, agent.HasExited
            ? $"The agent exited with code {agent.ExitCode} before {what}:\n{agent.Tail}"
            : $"No {what} within {StepTimeout}:\n{agent.Tail}");
        return await task;
    }
}
