using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>
/// The hotspot: its menus, hosts and sessions wired together (reference §4). Every member is called
/// with the model lock held.
/// </summary>
internal sealed partial class HotspotEngine
{
    private readonly RouterModel _model;
    private readonly Dictionary<string, HostRow> _hostsByMac = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HostRow> _hostsByIp = new(StringComparer.Ordinal);
    private readonly Random _random = new(3);

    public HotspotEngine(RouterModel model)
    {
        _model = model;
        Servers = new Table(HotspotSchemas.ServerPath, HotspotSchemas.Server, model);
        ServerProfiles = new Table(HotspotSchemas.ServerProfilePath, HotspotSchemas.ServerProfile, model);
        UserProfiles = new Table(HotspotSchemas.UserProfilePath, HotspotSchemas.UserProfile, model);
        Users = new UserTable(model, this);
        Active = new ActiveTable(model, this);
        Hosts = new HostTable(model, this);
        IpBindings = new Table("/ip/hotspot/ip-binding", HotspotSchemas.IpBinding, model);
        Menu[] menus =
        [
            Servers, ServerProfiles, UserProfiles, Users, Active, Hosts, IpBindings,
            new Table("/ip/hotspot/walled-garden", HotspotSchemas.WalledGarden, model),
            new Table("/ip/hotspot/walled-garden/ip", HotspotSchemas.WalledGardenIp, model),
        ];
        foreach (var menu in menus)
        {
            model.Register(menu);
        }

        string routerIp = HotspotNetwork.Parse(model.Options.HotspotNetwork).RouterAddress;
        ServerProfiles.Insert(new Row { IsDefault = true }, ("name", "default"));
        ServerProfiles.Insert(new Row(), ("name", "hsprof1"), ("hotspot-address", routerIp),
            ("login-by", "cookie,http-chap,http-pap,trial"));
        UserProfiles.Insert(new Row { IsDefault = true }, ("name", "default"));
        Servers.Insert(new Row(), ("name", "hotspot1"), ("profile", "hsprof1"));
    }

    public Table Servers { get; }

    public Table ServerProfiles { get; }

    public Table UserProfiles { get; }

    public UserTable Users { get; }

    public ActiveTable Active { get; }

    public HostTable Hosts { get; }

    public Table IpBindings { get; }

    /// <summary>[UNSURE] <c>login-by</c> of sessions made by <c>/ip/hotspot/active/login</c>.</summary>
    public string ApiLoginBy { get; set; } = "api";

    private TimeProvider Time => _model.Time;

    public HostRow? HostByIp(string ip) => _hostsByIp.GetValueOrDefault(ip);

    public HostRow? HostByMac(string mac) =>
        FieldSpec.NormalizeMac(mac) is { } m ? _hostsByMac.GetValueOrDefault(m) : null;

    /// <summary>A device appears (or changes address).</summary>
    public HostRow Join(string mac, string ip)
    {
        string normalized = FieldSpec.NormalizeMac(mac) ?? throw new ArgumentException($"Not a MAC address: {mac}", nameof(mac));
        if (_hostsByMac.TryGetValue(normalized, out var host))
        {
            if (host.Address != ip)
            {
                if (host.Session is { } session)
                {
                    Logout(session, "lost-service");
                }

                _hostsByIp.Remove(host.Address);
                host.Address = ip;
                _hostsByIp[ip] = host;
                Hosts.Touch(host);
            }

            return host;
        }

        long now = Time.GetTimestamp();
        host = new HostRow { Mac = normalized, Address = ip, FoundAt = now, LastSeen = now };
        _hostsByMac[normalized] = host;
        _hostsByIp[ip] = host;
        Hosts.Insert(host);
        return host;
    }

    public bool Leave(string mac)
    {
        if (HostByMac(mac) is not { } host)
        {
            return false;
        }

        Hosts.Delete(host);
        return true;
    }

    /// <summary>Called when a host row is removed (leave, API remove, reboot excluded).</summary>
    public void HostRemoved(HostRow host)
    {
        _hostsByMac.Remove(host.Mac);
        if (_hostsByIp.GetValueOrDefault(host.Address) == host)
        {
            _hostsByIp.Remove(host.Address);
        }

        if (host.Session is { } session)
        {
            Logout(session, "lost-service");
        }
    }

    public void Logout(SessionRow session, string cause)
    {
        Api.EngineLog.SessionEnded(_model.Logger, session.Id, session.Host.Address, cause);
        Active.Delete(session);
    }

    /// <summary>Called when an active row is removed: counters move to the user, the host is unauthorized.</summary>
    public void SessionEnded(SessionRow session)
    {
        if (session.Host.Session == session)
        {
            session.Host.Session = null;
            Hosts.Touch(session.Host);
        }

        var uptime = Time.GetElapsedTime(session.LoginAt);
        if (session.User is { } user && user.Sessions.Remove(session))
        {
            user.ClosedUptime += uptime;
            user.ClosedBytesIn += session.BytesIn;
            user.ClosedBytesOut += session.BytesOut;
            user.ClosedPacketsIn += session.PacketsIn;
            user.ClosedPacketsOut += session.PacketsOut;
        }
        else if (session.LoginBy == "trial")
        {
            TrialEnded(session.Host.Mac, uptime);
        }
    }

    public bool IsBypassed(HostRow host) => IpBindings.Rows.Any(b =>
        b["type"] == "bypassed" && b["disabled"] != "true" && (b["mac-address"] == host.Mac || b["address"] == host.Address));

    /// <summary>Traffic of a device: in = from the client (upload). Limits are checked at once.</summary>
    public void AddTraffic(HostRow host, long bytesIn, long bytesOut, bool checkLimits = true)
    {
        long now = Time.GetTimestamp();
        host.BytesIn += bytesIn;
        host.BytesOut += bytesOut;
        host.PacketsIn += Interfaces.InterfaceRow.Packets(bytesIn);
        host.PacketsOut += Interfaces.InterfaceRow.Packets(bytesOut);
        host.LastSeen = now;
        _model.Interfaces.CountClientTraffic(bytesIn, bytesOut);
        if (host.Session is { } s)
        {
            s.BytesIn += bytesIn;
            s.BytesOut += bytesOut;
            s.PacketsIn += Interfaces.InterfaceRow.Packets(bytesIn);
            s.PacketsOut += Interfaces.InterfaceRow.Packets(bytesOut);
            s.LastActivity = now;
            if (checkLimits && ExpiryCause(s) is { } cause)
            {
                Logout(s, cause);
            }
        }
    }

    /// <summary>Synthetic traffic, then every timeout and limit.</summary>
    public void Tick(TimeSpan elapsed)
    {
        double seconds = elapsed.TotalSeconds;
        var sessions = Active.Rows.Cast<SessionRow>().ToList();
        if (_model.SyntheticTraffic)
        {
            foreach (var s in sessions)
            {
                AddTraffic(s.Host, (long)(_random.Next(0, 4_000) * seconds), (long)(_random.Next(0, 40_000) * seconds), checkLimits: false);
            }
        }

        foreach (var s in sessions)
        {
            if (ExpiryCause(s) is { } cause)
            {
                Logout(s, cause);
            }
        }
    }

    public TimeSpan? SessionTimeLeft(SessionRow s)
    {
        TimeSpan? left = s.SessionTimeout - Time.GetElapsedTime(s.LoginAt);
        if (s.User is { } user && Durations.TryParseLimit(user["limit-uptime"] ?? string.Empty, out var limit) && limit is { } l)
        {
            var userLeft = l - user.Uptime(Time);
            left = left is null || userLeft < left ? userLeft : left;
        }

        return left is { } v && v < TimeSpan.Zero ? TimeSpan.Zero : left;
    }

    /// <summary>Why a session must end now, or null.</summary>
    private string? ExpiryCause(SessionRow s)
    {
        if (s.SessionTimeout is { } timeout && Time.GetElapsedTime(s.LoginAt) >= timeout)
        {
            return "session-timeout";
        }

        if (s.IdleTimeout is { } idle && Time.GetElapsedTime(s.LastActivity) >= idle)
        {
            return "idle-timeout";
        }

        return s.User is { } user && UserLimitReached(user) is { } reached ? reached : null;
    }

    /// <summary>"uptime-limit" or "traffic-limit" when the user's limits are used up, else null.</summary>
    private string? UserLimitReached(UserRow user)
    {
        if (Durations.TryParseLimit(user["limit-uptime"] ?? string.Empty, out var limit) && limit is { } l && user.Uptime(Time) >= l)
        {
            return "uptime-limit";
        }

        bool Over(string field, long used) => long.TryParse(user[field], out long max) && max > 0 && used >= max;
        return Over("limit-bytes-in", user.BytesIn) || Over("limit-bytes-out", user.BytesOut)
            || Over("limit-bytes-total", user.BytesIn + user.BytesOut)
            ? "traffic-limit"
            : null;
    }

    /// <summary>Reboot: no sessions, no hosts, counters back to zero; configuration stays.</summary>
    public void Reboot()
    {
        Active.Clear();
        Hosts.Clear();
        _hostsByMac.Clear();
        _hostsByIp.Clear();
        _challenges.Clear();
        _trials.Clear();
        foreach (var user in Users.Rows.Cast<UserRow>())
        {
            user.Sessions.Clear();
            user.ResetCounters();
        }
    }
}
