using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Tests.Collect;
using KimHotspot.RouterAgent.Tests.Upload;

namespace KimHotspot.RouterAgent.Tests.EndToEnd;

/// <summary>
/// Everything of the week-long run: the simulated router on the shared fake clock, the receiver (true time), the
/// Portal stand-in, the agent (on its own, offset wall clock) and the village. <see cref="StepAsync"/> is one tick
/// of the world: time moves, scheduled events happen, the village lives, the agent polls and uploads.
/// </summary>
public sealed class WeekRun : IAsyncDisposable
{
    private WeekRun(SimRouter sim, TestReceiver receiver, PortalStub portal)
    {
        (Sim, Receiver, Portal) = (sim, receiver, portal);
        Clock = new AgentClock(sim.Time);
        Agent = new AgentRig(sim, Clock, receiver.Url, portal.HealthUrl);
        Village = new Village(sim, seed: 20260301);
    }

    public SimRouter Sim { get; }

    public TestReceiver Receiver { get; }

    public PortalStub Portal { get; }

    public AgentClock Clock { get; }

    public AgentRig Agent { get; }

    public Village Village { get; }

    /// <summary>True time (router, receiver).</summary>
    public DateTimeOffset Now => Sim.Time.GetUtcNow();

    public static async Task<WeekRun> StartAsync()
    {
        var sim = await SimRouter.StartAsync();
        var receiver = await TestReceiver.StartAsync(sim.Time);
        var portal = await PortalStub.StartAsync();
        return new WeekRun(sim, receiver, portal);
    }

    /// <summary>
    /// Advances <paramref name="step"/>, runs <paramref name="event"/> (it happens right after the previous poll,
    /// before anyone browses), lets the village live, then the agent polls (and uploads when due).
    /// </summary>
    public async Task StepAsync(TimeSpan step, Func<Task>? @event = null)
    {
        Sim.Time.Advance(step);
        if (@event is not null)
        {
            await @event();
        }

        Village.Live();
        await PollAsync();
    }

    /// <summary>The agent's step alone (no time passes): collect what is due, upload when due.</summary>
    public async Task PollAsync()
    {
        var (polled, baseline) = await Agent.StepAsync();
        if (polled)
        {
            Village.Polled(baseline);
        }
    }

    public async Task RunForAsync(TimeSpan span, TimeSpan step)
    {
        for (var end = Now + span; Now < end;)
        {
            await StepAsync(step);
        }
    }

    /// <summary>Steps (village quiet) until an upload cycle leaves the outbox empty; fails after <paramref name="maxSteps"/>.</summary>
    public async Task DrainAsync(TimeSpan step, int maxSteps)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            Sim.Time.Advance(step);
            await PollAsync();
            if ((await Agent.StatsAsync()).Depth == 0)
            {
                return;
            }
        }

        Assert.Fail($"The outbox did not drain in {maxSteps} steps of {step}.");
    }

    public List<Report> Received() => [.. Receiver.Stored.Values];

    public List<T> Received<T>() where T : ReportBody => [.. Receiver.Stored.Values.Select(r => r.Body).OfType<T>()];

    public async ValueTask DisposeAsync()
    {
        await Agent.DisposeAsync();
        await Portal.DisposeAsync();
        await Receiver.DisposeAsync();
        await Sim.DisposeAsync();
    }
}
