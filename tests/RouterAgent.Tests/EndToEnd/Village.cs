using System.Globalization;
using KimHotspot.RouterAgent.Tests.Collect;
using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.RouterAgent.Tests.EndToEnd;

/// <summary>
/// The phones of a village on the simulated router: four local users (PAP) who browse, log out and back in between
/// polls, and trial phones for short visits. Remembers every byte it generated and every session, with whether a
/// hotspot poll ever saw it, so a test can say exactly what the agent must have reported.
/// </summary>
public sealed class Village(SimRouter sim, int seed)
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<Phone, Session> _current = [];
    private readonly List<Session> _sessions = [];

    public IReadOnlyList<Phone> Residents { get; } =
    [
        .. Enumerable.Range(1, 4).Select(i => new Phone(
            string.Create(CultureInfo.InvariantCulture, $"AA:BB:CC:00:01:0{i}"),
            string.Create(CultureInfo.InvariantCulture, $"10.5.50.{10 + i}"),
            string.Create(CultureInfo.InvariantCulture, $"warga-{i}"),
            string.Create(CultureInfo.InvariantCulture, $"pw-{i}"))),
    ];

    public long BytesIn { get; private set; }

    public long BytesOut { get; private set; }

    /// <summary>Sessions whose first sighting was a non-baseline poll: the starts the agent must report.</summary>
    public int ExpectedStarts => _sessions.Count(s => s.Seen && !s.FirstSeenAtBaseline);

    /// <summary>Sessions a poll saw that have ended since: the ends the agent must report (once the next poll ran).</summary>
    public int ExpectedEnds => _sessions.Count(s => s.Seen && s.Ended);

    public int Sessions => _sessions.Count;

    public async Task AddUsersAsync()
    {
        foreach (var phone in Residents)
        {
            await sim.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = phone.User!, Password = phone.Password });
        }
    }

    /// <summary>Every resident joins the Wi-Fi and logs in (at the start, and after a reboot).</summary>
    public void EveryoneLogsIn()
    {
        foreach (var phone in Residents)
        {
            LogIn(phone);
        }
    }

    public void LogIn(Phone phone)
    {
        sim.LogIn(phone.Mac, phone.Ip, phone.User, phone.Password);
        var session = new Session();
        _current[phone] = session;
        _sessions.Add(session);
    }

    public void LogOut(Phone phone)
    {
        Assert.True(sim.Router.Logout(phone.Ip));
        End(phone);
    }

    /// <summary>The router said the session is gone (reboot, user removed): the village's books agree.</summary>
    public void End(Phone phone)
    {
        _current.Remove(phone, out var session);
        session!.Ended = true;
    }

    public void RouterRebooted()
    {
        foreach (var phone in _current.Keys.ToList())
        {
            End(phone);
        }
    }

    /// <summary>
    /// The administrator deletes the resident's user and creates it again (its counters restart from zero; the
    /// router logs its session out); the phone logs in again. Returns the counters the old user row had.
    /// </summary>
    public async Task<(long In, long Out)> RecreateUserAsync(Phone phone)
    {
        var users = sim.Hotspot().Users;
        var old = await users.FindByNameAsync(phone.User!) ?? throw new InvalidOperationException("no such user");
        await users.RemoveAsync(old.Id);
        if (_current.ContainsKey(phone))
        {
            End(phone);
        }

        await users.AddAsync(new HotspotUserSettings { Name = phone.User!, Password = phone.Password });
        LogIn(phone);
        return (old.BytesIn ?? 0, old.BytesOut ?? 0);
    }

    public void Traffic(Phone phone, long bytesIn, long bytesOut)
    {
        Assert.True(_current.ContainsKey(phone), $"{phone.Mac} is not logged in");
        sim.Router.AddTraffic(phone.Mac, bytesIn, bytesOut);
        (BytesIn, BytesOut) = (BytesIn + bytesIn, BytesOut + bytesOut);
    }

    /// <summary>
    /// One stretch of village life: every logged-in phone moves bytes; now and then a resident logs out (sometimes
    /// logging straight back in and browsing on, all before the next poll); a logged-out resident may come back.
    /// Trial phones that are online browse too.
    /// </summary>
    public void Live()
    {
        foreach (var phone in Residents)
        {
            if (!_current.ContainsKey(phone))
            {
                if (_random.Next(10) == 0)
                {
                    LogIn(phone);
                    Browse(phone);
                }

                continue;
            }

            Browse(phone);
            if (_random.Next(30) == 0)
            {
                LogOut(phone);
                if (_random.Next(2) == 0)
                {
                    LogIn(phone);
                    Browse(phone);
                }
            }
        }

        foreach (var phone in _current.Keys.Where(p => p.User is null).ToList())
        {
            Browse(phone);
        }
    }

    /// <summary>A hotspot poll ran: every session alive now has been seen.</summary>
    public void Polled(bool baseline)
    {
        foreach (var session in _current.Values.Where(s => !s.Seen))
        {
            (session.Seen, session.FirstSeenAtBaseline) = (true, baseline);
        }

        // The router agrees with the village about who is online (no timeout or limit logged anyone out behind our back).
        Assert.Equal(_current.Count, sim.Router.ActiveSessions().Count);
    }

    private void Browse(Phone phone) => Traffic(phone, _random.Next(0, 400_000), _random.Next(0, 4_000_000));

    /// <summary>A phone; <see cref="User"/> null = a trial visitor.</summary>
    public sealed record Phone(string Mac, string Ip, string? User = null, string Password = "");

    private sealed class Session
    {
        public bool Seen { get; set; }

        public bool FirstSeenAtBaseline { get; set; }

        public bool Ended { get; set; }
    }
}
