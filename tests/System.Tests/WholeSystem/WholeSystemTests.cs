using System.Diagnostics;
using KimHotspot.TestKit.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KimHotspot.System.Tests.WholeSystem;

/// <summary>
/// Everything as in production, each host its own process from the build output: a resident on a phone follows the
/// hotspot redirect, logs in as a KIM member and browses; Central's dashboard shows the village online with that one
/// user and its traffic, and the operator opens the village Portal through Central's gateway; the uplink fails and the agent is stopped, and Central marks the village STALE; the agent
/// comes back and every report it numbered (those buffered while the uplink was down among them) arrives, none missing.
/// </summary>
public sealed class WholeSystemTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(10); // the shortest Central accepts
    private static readonly PageWaitForFunctionOptions Patient = new() { Timeout = 90_000, PollingInterval = 250 };

    [Fact]
    public async Task Village_ResidentOnline_AgentDownThenBack_CentralFollowsAndNothingIsMissing()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using var system = await RunningSystem.StartAsync(ReportEvery, limit.Token);
        try
        {
            await RunAsync(system, limit.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException(e.Message + Environment.NewLine + system.LogTails(), e);
        }
    }

    private async Task RunAsync(RunningSystem system, CancellationToken cancellationToken)
    {
        var row = $"tr[data-site=\"{system.SiteId}\"]";

        // A resident: the router sends the phone to the Portal's splash, the member logs in, the page they wanted opens.
        await using var phone = await chromium.NewPhoneAsync();
        var resident = await phone.NewPageAsync();
        var wanted = new Uri(system.Hotspot, "berita-desa").ToString();
        await resident.GotoAsync(wanted);
        bool onSplash = resident.Url.StartsWith(DemoPortal(system), StringComparison.Ordinal);
        await resident.Locator("#anggota input[name=login]").FillAsync(system.Logins.MemberUser);
        await resident.Locator("#anggota input[name=password]").FillAsync(system.Logins.MemberPassword);
        await resident.Locator("#anggota form button[type=submit]").Last.ClickAsync();
        await resident.WaitForURLAsync(wanted);
        var loggedIn = Stopwatch.StartNew();
        var browsing = await resident.GotoAsync(new Uri(system.Hotspot, "pasar-desa").ToString());

        // Diskominfo: the dashboard shows the village online with exactly this one user, and some traffic.
        await using var laptop = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "id-ID" });
        var dashboard = await laptop.NewPageAsync();
        await SignInAsync(dashboard, system);
        await dashboard.WaitForFunctionAsync(
            $"() => {{ const r = document.querySelector('{row}'); return r && r.dataset.status === 'online' " +
            "&& r.querySelector('[data-k=users]').dataset.v === '1'; }", null, Patient);
        var seenOnline = loggedIn.Elapsed;
        await dashboard.WaitForFunctionAsync(
            $"() => Number(document.querySelector('{row} [data-k=bytes]').dataset.v) > 0", null, Patient);
        var seenTraffic = loggedIn.Elapsed;
        await dashboard.EvaluateAsync("() => { window.__sameDocument = true; }");
        output.WriteLine($"dashboard: the resident {seenOnline.TotalSeconds:0.0} s after login, traffic {seenTraffic.TotalSeconds:0.0} s (report interval {ReportEvery.TotalSeconds} s)");

        // The operator opens the village Portal through Central's gateway: its pages keep the gateway's prefix.
        var prefix = $"/sites/{system.SiteId}/portal/";
        var viaGateway = await laptop.NewPageAsync();
        var gatewayAnswer = await viaGateway.GotoAsync(new Uri(system.Central, prefix + "pengumuman").ToString());
        var siteLocalLinks = await viaGateway.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('[href],[src],[action]')]" +
            ".map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action')).filter(v => v.startsWith('/'))");

        // The uplink goes down: the agent keeps sampling into its outbox. Then the agent itself is stopped.
        system.Uplink.Cut();
        var outbox = Path.Combine(system.Data, "agent");
        await WaitUntilAsync(() => Ledger.Waiting(outbox) >= 3, "the agent buffered reports while the uplink was down", cancellationToken);
        await system.Agent!.StopAsync();
        long buffered = Ledger.Waiting(outbox);
        var firstBoots = Ledger.AgentBoots(outbox);
        await dashboard.WaitForFunctionAsync($"() => document.querySelector('{row}').dataset.status === 'stale'", null, Patient);
        bool staleInPlace = await dashboard.EvaluateAsync<bool>("() => window.__sameDocument === true");

        // Back: link restored, agent restarted on the same outbox; every report of every boot arrives.
        system.Uplink.Restore();
        await system.StartAgentAsync(cancellationToken);
        await WaitUntilAsync(() => Ledger.Waiting(outbox) == 0 && Ledger.AgentBoots(outbox).Count > firstBoots.Count,
            "the agent emptied its outbox after coming back", cancellationToken);
        await dashboard.WaitForFunctionAsync($"() => document.querySelector('{row}').dataset.status === 'online'", null, Patient);

        // Stopped again, so the two ends hold still: every report numbered is either in Central or still waiting.
        await system.Agent!.StopAsync();
        var boots = Ledger.AgentBoots(outbox);
        var waiting = Ledger.WaitingKeys(outbox);
        var stored = Ledger.Stored(system.CentralDatabase, system.SiteId);
        output.WriteLine($"buffered {buffered} reports; boots {string.Join(", ", boots.Select(b => $"{b.Key:N}: 1..{b.Value}"))}");

        Assert.True(onSplash, $"the hotspot should send the phone to the Portal's splash, not {resident.Url}");
        Assert.NotNull(browsing);
        Assert.True(browsing.Ok, $"browsing after login answered {browsing.Status}");
        Assert.NotNull(gatewayAnswer);
        Assert.True(gatewayAnswer.Ok, $"the Portal through the gateway answered {gatewayAnswer.Status}");
        Assert.NotEmpty(siteLocalLinks);
        Assert.All(siteLocalLinks, link => Assert.StartsWith(prefix, link, StringComparison.Ordinal));
        Assert.True(buffered >= 3, $"reports waited in the outbox while the uplink was down ({buffered})");
        Assert.True(staleInPlace, "the open dashboard turned STALE without a reload");
        Assert.Equal(2, boots.Count);
        Assert.All(boots, boot =>
        {
            Assert.True(stored.TryGetValue(boot.Key, out var seqs), $"nothing of boot {boot.Key} reached Central");
            var stillWaiting = waiting.Where(w => w.Boot == boot.Key).Select(w => w.Seq);
            Assert.Empty(seqs.Intersect(stillWaiting));
            Assert.Equal(Enumerable.Range(1, (int)boot.Value).Select(i => (long)i), seqs.Union(stillWaiting).Order());
        });
        Assert.DoesNotContain(waiting, w => firstBoots.ContainsKey(w.Boot)); // the buffered boot arrived whole
        Assert.True(system.Uplink.Connections > 0, "the agent's reports went through the uplink relay");
    }

    private static string DemoPortal(RunningSystem system) => $"http://127.0.0.1:{system.Ports.Portal}/";

    private static async Task SignInAsync(IPage page, RunningSystem system)
    {
        await page.GotoAsync(new Uri(system.Central, "masuk").ToString());
        await page.Locator("input[name=username]").FillAsync("admin");
        await page.Locator("input[name=password]").FillAsync(system.OperatorPassword);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(system.Central.ToString());
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        while (!condition())
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException("Waited in vain: " + what);
            }
        }
    }
}
