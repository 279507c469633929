using System.Globalization;
using System.Net;
using KimHotspot.RouterSimulator;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>
/// Load harness for the Portal (not BenchmarkDotNet): the Portal as its own process on loopback, the
/// simulator in this process, wrk and nginx for the splash page, HttpClient for logins.
/// Usage: <c>dotnet run -c Release --project bench/Portal.Benchmarks -- [splash|logins|all] [--seconds 15] ...</c>
/// </summary>
internal static class BenchProgram
{
    private const string RouterPassword = "bench-only-router-password";

    public static async Task<int> Main(string[] args)
    {
        if (BenchCommandLine.ParseOrExplain(args, BenchSettings.Parse, BenchSettings.Usage) is not { } settings)
        {
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        var ct = stop.Token;
        Console.WriteLine("machine: " + Machine.Describe());
        var phones = BenchPhone.Create(Math.Max(settings.Phones, settings.PasswordPhones));
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            ApiPort = 0, HttpPort = 0, ControlPort = 0, Password = RouterPassword, HotspotNetwork = "10.5.0.0/16",
        }, cancellationToken: ct);
        simulator.Router.SyntheticTraffic = false;
        foreach (var phone in phones)
        {
            simulator.Router.JoinDevice(phone.Mac, phone.Ip);
        }

        await using var portal = await PortalProcess.StartAsync(new Dictionary<string, string>
        {
            ["Router__Host"] = "127.0.0.1",
            ["Router__Port"] = simulator.Router.ApiPort.ToString(CultureInfo.InvariantCulture),
            ["Router__User"] = simulator.Router.Options.User,
            ["Router__Password"] = RouterPassword,
        }, ct);
        Console.WriteLine($"Portal ({portal.Configuration}, Kestrel, own process) at {portal.Url}; simulator API on 127.0.0.1:{simulator.Router.ApiPort}");
        if (portal.Configuration != "Release")
        {
            Console.WriteLine("WARNING: not a Release build; run with -c Release for figures worth writing down.");
        }

        await PortalSeed.SeedAsync(portal.DataDirectory, phones, ct);
        using var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = Math.Max(settings.Concurrency, 1),
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var client = new ResidentClient(http, portal.Url);
        if (settings.Mode is "splash" or "all")
        {
            await SplashBench.RunAsync(client, phones[0], settings, ct);
        }

        if (settings.Mode is "logins" or "all")
        {
            await LoginBench.RunAsync(client, simulator.Router, phones.Take(settings.Phones).ToList(), settings, ct);
        }

        return 0;
    }
}
