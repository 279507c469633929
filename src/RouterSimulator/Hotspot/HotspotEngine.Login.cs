using System.Globalization;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>Logging a host in: the checks shared by the API login and the browser logins.</summary>
internal sealed partial class HotspotEngine
{
    /// <summary>
    /// Logs <paramref name="host"/> in as <paramref name="name"/>. Returns null on success or the
    /// errors.txt text of the failure. A host already logged in as the same user stays as it is; a
    /// host logged in as another user is logged out first ([UNSURE] on real routers).
    /// </summary>
    public string? Authorize(HostRow host, string name, Func<string, bool> passwordMatches, string loginBy)
    {
        var user = Users.FindByKey(name) as UserRow;
        if (user is null || user["disabled"] == "true" || !passwordMatches(user["password"] ?? string.Empty))
        {
            return HotspotTexts.InvalidUser;
        }

        string display = Wire.ToText(name);
        if (user["server"] is { } server && server != "all" && server != host.Server)
        {
            return HotspotTexts.InvalidUser;
        }

        if (user["mac-address"] is { } mac && mac != "00:00:00:00:00:00" && mac != host.Mac)
        {
            return HotspotTexts.InvalidMac(display);
        }

        if (UserLimitReached(user) is { } reached)
        {
            return reached == "uptime-limit" ? HotspotTexts.UptimeLimit(display) : HotspotTexts.TrafficLimit(display);
        }

        if (host.Session is { } current)
        {
            if (current.UserName == name)
            {
                return null;
            }

            Logout(current, "user-request");
        }

        var profile = UserProfiles.FindByKey(user["profile"] ?? "default");
        if (SharedUsers(profile) is { } shared && user.Sessions.Count >= shared)
        {
            return HotspotTexts.SessionLimit(display);
        }

        StartSession(host, name, user, loginBy, profile, Limit(profile?["session-timeout"]));
        return null;
    }

    /// <summary>Creates the active row of a login that passed every check.</summary>
    public SessionRow StartSession(HostRow host, string name, UserRow? user, string loginBy, Row? profile, TimeSpan? sessionTimeout)
    {
        long now = Time.GetTimestamp();
        var session = new SessionRow
        {
            Host = host,
            User = user,
            UserName = name,
            LoginBy = loginBy,
            LoginAt = now,
            LastActivity = now,
            SessionTimeout = sessionTimeout,
            IdleTimeout = Limit(profile?["idle-timeout"]),
            KeepaliveTimeout = Limit(profile?["keepalive-timeout"]),
        };
        host.Session = session;
        user?.Sessions.Add(session);
        Active.Insert(session);
        Hosts.Touch(host);
        return session;
    }

    /// <summary><c>/ip/hotspot/active/login =user= =password= =ip= =mac-address=</c>.</summary>
    public void ApiLogin(ApiRequest request)
    {
        string name = request.Require("user");
        string password = request.Get("password") ?? string.Empty;
        string ip = request.Require("ip");
        var host = HostByIp(ip);
        if (host is null || (request.Get("mac-address") is { Length: > 0 } mac && FieldSpec.NormalizeMac(mac) != host.Mac))
        {
            throw new ApiTrap(HotspotTexts.NoSuchHost);
        }

        if (Authorize(host, name, stored => stored == password, ApiLoginBy) is { } error)
        {
            throw new ApiTrap(error);
        }
    }

    /// <summary>Whether the server profile of the host's server allows a login method.</summary>
    public bool Allows(HostRow host, string method) =>
        ServerProfile(host)?["login-by"]?.Split(',').Contains(method) ?? false;

    public Row? ServerProfile(HostRow host) =>
        Servers.FindByKey(host.Server)?["profile"] is { } name ? ServerProfiles.FindByKey(name) : null;

    private static int? SharedUsers(Row? profile) =>
        int.TryParse(profile?["shared-users"], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;

    private static TimeSpan? Limit(string? text) =>
        text is not null && Durations.TryParseLimit(text, out var value) ? value : null;
}
