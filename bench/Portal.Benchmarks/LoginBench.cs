using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using KimHotspot.RouterSimulator;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>
/// (b) Logins per second through the Portal's real pages against the simulator: every phone joins the
/// hotspot, then logs in (router redirect, splash, post) with a fixed number in flight. Between rounds the
/// simulator logs everybody out (not timed). Timed rounds after untimed warm-up rounds (JIT, pools, caches); medians of the rounds' rates,
/// p99 over every timed login.
/// </summary>
internal static class LoginBench
{
    public static async Task RunAsync(ResidentClient client, SimulatedRouter router, IReadOnlyList<BenchPhone> phones,
        BenchSettings settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"logins: {phones.Count} phones joined in the simulator, {settings.Concurrency} logins in flight, " +
            $"{settings.Rounds} rounds after {settings.WarmUp} warm-up round(s); a login = GET /hs (router redirect) + GET splash + POST /masuk");
        await MeasureAsync("remembered-device", phones, settings, router,
            (p, ct) => client.RememberedLoginAsync(p.Mac, p.Ip, p.DeviceToken, ct), cancellationToken);
        if (settings.PasswordPhones <= 0)
        {
            return; // --password-phones 0: remembered-device logins only
        }

        HashCost.Print();
        var some = phones.Take(settings.PasswordPhones).ToList();
        await MeasureAsync("password", some, settings, router,
            (p, ct) => client.PasswordLoginAsync(p.Mac, p.Ip, p.MemberPhone, BenchPhone.Password, ct), cancellationToken);
    }

    private static async Task MeasureAsync(string name, IReadOnlyList<BenchPhone> phones, BenchSettings settings,
        SimulatedRouter router, Func<BenchPhone, CancellationToken, Task<TimeSpan>> login, CancellationToken cancellationToken)
    {
        var rates = new List<double>();
        var latencies = new ConcurrentBag<double>();
        for (int round = 1 - settings.WarmUp; round <= settings.Rounds; round++)
        {
            var times = new ConcurrentBag<double>();
            var errors = new ConcurrentQueue<string>();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(phones,
                new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
                async (phone, ct) =>
                {
                    try
                    {
                        times.Add((await login(phone, ct)).TotalMilliseconds);
                    }
                    catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
                    {
                        errors.Enqueue(e.Message);
                    }
                });
            double seconds = clock.Elapsed.TotalSeconds;
            int online = router.ActiveSessions().Count;
            foreach (var phone in phones)
            {
                router.Logout(phone.Ip);
            }

            string label = round <= 0 ? "warm-up" : "round " + round.ToString(CultureInfo.InvariantCulture);
            string failed = errors.IsEmpty ? string.Empty : $"; {errors.Count} failed, e.g. {errors.First()}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name} {label}: {times.Count} logins in {seconds:F2} s = {times.Count / seconds:F0}/s, " +
                $"p50 {Stats.Median(times):F1} ms, p99 {Stats.Percentile(times, 0.99):F1} ms; router listed {online} active{failed}"));
            if (round > 0)
            {
                rates.Add(times.Count / seconds);
                foreach (double t in times)
                {
                    latencies.Add(t);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} logins: median {Stats.Median(rates):F0}/s, p50 {Stats.Median(latencies):F1} ms, " +
            $"p99 {Stats.Percentile(latencies, 0.99):F1} ms over {latencies.Count} logins"));
    }
}
