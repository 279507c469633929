using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.Portal.Tests.Members;

/// <summary>
/// A Portal + simulated router for the resident ways in, on a <see cref="FakeTimeProvider"/>, with helpers
/// to seed the database, make a device join and post forms with the scraped antiforgery token.
/// </summary>
internal sealed partial class ResidentKit : IAsyncDisposable
{
    private readonly PortalApp _app;
    private readonly WebApplicationFactory<PortalDb> _factory;
    private int _nextIp = 10;

    private ResidentKit(PortalApp app, FakeTimeProvider time, bool fakeTime)
    {
        _app = app;
        Time = time;
        _factory = fakeTime ? app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time))) : app;
        Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    /// <summary>The Portal's clock (unless started with real time).</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The clock the Portal really uses.</summary>
    public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();

    public HttpClient Client { get; }

    public KimHotspot.RouterSimulator.SimulatedRouter Router => _app.Router;

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts router and Portal. <paramref name="fakeTime"/> false keeps the system clock (needed where the
    /// RouterOS client's command time-out must really fire: it runs on the Portal's TimeProvider).
    /// </summary>
    public static async Task<ResidentKit> StartAsync(IDictionary<string, string?>? settings = null, bool fakeTime = true)
    {
        var app = await PortalApp.StartAsync(settings: settings);
        return new ResidentKit(app, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero)), fakeTime);
    }

    /// <summary>A second browser (its own cookies) on the same Portal.</summary>
    public HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Runs <paramref name="work"/> on a fresh database scope and saves.</summary>
    public async Task<T> DbAsync<T>(Func<PortalDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var result = await work(db, scope.ServiceProvider);
        await db.SaveChangesAsync();
        return result;
    }

    public Task DbAsync(Func<PortalDb, Task> work) => DbAsync(async (db, _) =>
    {
        await work(db);
        return 0;
    });

    /// <summary>The device joins the router's hotspot and the Portal holds a fresh attempt for it; returns the attempt id.</summary>
    public async Task<string> JoinAsync(string mac, string? ip = null)
    {
        ip ??= $"10.5.50.{Interlocked.Increment(ref _nextIp)}";
        Router.LeaveDevice(mac);
        Router.JoinDevice(mac, ip);
        string id = Guid.NewGuid().ToString("N");
        await DbAsync(db =>
        {
            db.LoginAttempts.Add(new LoginAttempt
            {
                Id = id,
                MacAddress = mac,
                IpAddress = ip,
                CreatedAt = Clock.GetUtcNow(),
                ExpiresAt = Clock.GetUtcNow().AddMinutes(30),
            });
            return Task.CompletedTask;
        });
        return id;
    }

    /// <summary>Changes the village settings row (seeded at start).</summary>
    public Task VillageAsync(Action<VillageSettings> change) => DbAsync(async db => change(await db.Village.OrderBy(v => v.Id).FirstAsync()));

    public Task<Tier> TierAsync(string name, Action<Tier>? shape = null) => DbAsync(async (db, _) =>
    {
        var tier = new Tier { Name = name, RouterProfile = "kim-" + name.ToLowerInvariant() };
        shape?.Invoke(tier);
        db.Tiers.Add(tier);
        await db.SaveChangesAsync();
        return tier;
    });

    public Task<Member> MemberAsync(string phone, string password, MemberStatus status, int? tierId = null, string name = "Siti Aminah") =>
        DbAsync(async (db, services) =>
        {
            var member = new Member
            {
                FullName = name,
                Phone = phone,
                Neighbourhood = "RT 01/RW 02",
                Status = status,
                TierId = tierId,
                CreatedAt = Clock.GetUtcNow(),
                ConsentVersion = 1, // as registration records it: the notice the seeded village starts with
                ConsentAt = Clock.GetUtcNow(),
                RouterUser = "new-" + phone,
                RouterSecret = Secrets.NewToken(18),
            };
            member.PasswordHash = services.GetRequiredService<IPasswordHasher<Member>>().HashPassword(member, password);
            db.Members.Add(member);
            await db.SaveChangesAsync();
            member.RouterUser = "m-" + member.Id;
            return member;
        });

    /// <summary>
    /// GETs <paramref name="pageUrl"/> like a browser, then posts <paramref name="fields"/> to <paramref name="postUrl"/>.
    /// Resident forms are bound to the attempt id, not to an antiforgery token: the page must not carry one.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string pageUrl, string postUrl, IDictionary<string, string> fields)
    {
        var page = await (await client.GetAsync(new Uri(pageUrl, UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.False(TokenPattern().IsMatch(page), "a resident form on " + pageUrl + " carries an antiforgery token");
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> PostAsync(string pageUrl, string postUrl, IDictionary<string, string> fields) =>
        PostFormAsync(Client, pageUrl, postUrl, fields);

    /// <summary>True when the simulator lists <paramref name="mac"/> logged in as <paramref name="user"/>.</summary>
    public bool IsActive(string mac, string user) =>
        Router.ActiveSessions().Any(s => string.Equals(s.MacAddress, mac, StringComparison.OrdinalIgnoreCase) && s.User == user);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!ReferenceEquals(_factory, _app))
        {
            await _factory.DisposeAsync();
        }

        await _app.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
