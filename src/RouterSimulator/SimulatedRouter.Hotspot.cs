using KimHotspot.RouterSimulator.Hotspot;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator;

/// <summary>Control and hotspot-front members of <see cref="SimulatedRouter"/>.</summary>
public sealed partial class SimulatedRouter
{
    private HotspotEngine Hotspot => Model.Hotspot;

    /// <summary>"Phone with MAC X gets IP Y": adds (or moves) a hotspot host.</summary>
    public HostInfo JoinDevice(string mac, string ip)
    {
        lock (Model.Gate)
        {
            return ToInfo(Hotspot.Join(mac, ip));
        }
    }

    /// <summary>Forgets a host (logging out its session). False when unknown.</summary>
    public bool LeaveDevice(string mac)
    {
        lock (Model.Gate)
        {
            return Hotspot.Leave(mac);
        }
    }

    /// <summary>Counts traffic of a device (in = from the client, upload); limits apply at once.</summary>
    public void AddTraffic(string mac, long bytesIn, long bytesOut)
    {
        lock (Model.Gate)
        {
            var host = Hotspot.HostByMac(mac) ?? throw new ArgumentException($"No hotspot host with MAC {mac}.", nameof(mac));
            Hotspot.AddTraffic(host, bytesIn, bytesOut);
        }
    }

    /// <summary>All hotspot hosts.</summary>
    public IReadOnlyList<HostInfo> Hosts()
    {
        lock (Model.Gate)
        {
            return Hotspot.Hosts.Rows.Cast<HostRow>().Select(ToInfo).ToList();
        }
    }

    /// <summary>All active sessions.</summary>
    public IReadOnlyList<ActiveInfo> ActiveSessions()
    {
        lock (Model.Gate)
        {
            return Hotspot.Active.Rows.Cast<SessionRow>().Select(ToInfo).ToList();
        }
    }

    /// <summary>The host with this address, or null.</summary>
    public HostInfo? FindHostByIp(string ip)
    {
        lock (Model.Gate)
        {
            return Hotspot.HostByIp(ip) is { } host ? ToInfo(host) : null;
        }
    }

    /// <summary>The session of the host with this address, or null.</summary>
    public ActiveInfo? FindActiveByIp(string ip)
    {
        lock (Model.Gate)
        {
            return Hotspot.HostByIp(ip)?.Session is { } session ? ToInfo(session) : null;
        }
    }

    /// <summary>A new CHAP id and challenge for the login page of <paramref name="ip"/>; kept until used.</summary>
    public ChapChallenge NewChapChallenge(string ip)
    {
        lock (Model.Gate)
        {
            return Hotspot.NewChallenge(ip);
        }
    }

    /// <summary>HTTP-PAP login of the device at <paramref name="ip"/>.</summary>
    public HttpLoginResult LoginPap(string ip, string username, string password)
    {
        lock (Model.Gate)
        {
            return Hotspot.LoginPap(ip, username, password);
        }
    }

    /// <summary>HTTP-CHAP login: <paramref name="responseHex"/> = MD5(id ‖ password ‖ challenge), reference §6.4.</summary>
    public HttpLoginResult LoginChap(string ip, string username, string responseHex)
    {
        lock (Model.Gate)
        {
            return Hotspot.LoginChap(ip, username, responseHex);
        }
    }

    /// <summary>Trial login as <c>T-&lt;MAC&gt;</c>.</summary>
    public HttpLoginResult LoginTrial(string ip, string mac)
    {
        lock (Model.Gate)
        {
            return Hotspot.LoginTrial(ip, mac);
        }
    }

    /// <summary>Logs out the device at <paramref name="ip"/>; false when it was not logged in.</summary>
    public bool Logout(string ip)
    {
        lock (Model.Gate)
        {
            return Hotspot.LogoutByIp(ip);
        }
    }

    private static HostInfo ToInfo(HostRow host) => new(host.Mac, host.Address, host.Server, host.Session is not null);

    private ActiveInfo ToInfo(SessionRow s)
    {
        long? limit = long.TryParse(s.User?["limit-bytes-total"], out long l) && l > 0 ? l : null;
        return new ActiveInfo(s.Id, Wire.ToText(s.UserName), s.Host.Address, s.Host.Mac, s.LoginBy,
            Time.GetElapsedTime(s.LoginAt), s.BytesIn, s.BytesOut, Hotspot.SessionTimeLeft(s), limit);
    }
}
