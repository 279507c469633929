using System.Security.Cryptography;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>Browser logins through the hotspot HTTP front: PAP, CHAP, trial, logout (reference §6).</summary>
internal sealed partial class HotspotEngine
{
    private readonly Dictionary<string, ChapChallenge> _challenges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long WindowStart, TimeSpan Used)> _trials = new(StringComparer.Ordinal);

    public ChapChallenge NewChallenge(string ip)
    {
        var challenge = new ChapChallenge((byte)RandomNumberGenerator.GetInt32(256), RandomNumberGenerator.GetBytes(16));
        _challenges[ip] = challenge;
        return challenge;
    }

    public HttpLoginResult LoginPap(string ip, string username, string password)
    {
        if (HostByIp(ip) is not { } host)
        {
            return Fail(HotspotTexts.InternalError(HotspotTexts.NoSuchHost));
        }

        string wirePassword = Wire.FromText(password);
        return Result(Allows(host, "http-pap")
            ? Authorize(host, Wire.FromText(username), stored => stored == wirePassword, "http-pap")
            : HotspotTexts.InvalidUser);
    }

    public HttpLoginResult LoginChap(string ip, string username, string responseHex)
    {
        if (HostByIp(ip) is not { } host)
        {
            return Fail(HotspotTexts.InternalError(HotspotTexts.NoSuchHost));
        }

        if (!_challenges.Remove(ip, out var challenge) || string.IsNullOrEmpty(responseHex))
        {
            return Fail(HotspotTexts.ChapMissing);
        }

#pragma warning disable CA5351 // HTTP-CHAP is defined with MD5 (reference §6.4).
        bool Matches(string stored)
        {
            byte[] input = [challenge.Id, .. Wire.Bytes.GetBytes(stored), .. challenge.Challenge];
            return string.Equals(Convert.ToHexString(MD5.HashData(input)), responseHex, StringComparison.OrdinalIgnoreCase);
        }
#pragma warning restore CA5351

        return Result(Allows(host, "http-chap") ? Authorize(host, Wire.FromText(username), Matches, "http-chap") : HotspotTexts.InvalidUser);
    }

    /// <summary>Trial login as <c>T-&lt;MAC&gt;</c>, limited by the server profile's trial-uptime-limit/-reset.</summary>
    public HttpLoginResult LoginTrial(string ip, string mac)
    {
        var host = HostByIp(ip);
        string? normalized = FieldSpec.NormalizeMac(mac);
        if (host is null || normalized != host.Mac)
        {
            return Fail(HotspotTexts.InternalError(HotspotTexts.NoSuchHost));
        }

        string name = "T-" + host.Mac;
        var profile = ServerProfile(host);
        if (!Allows(host, "trial"))
        {
            return Fail(HotspotTexts.InvalidUser);
        }

        if (host.Session is { } current)
        {
            if (current.UserName == name)
            {
                return new HttpLoginResult(true, null);
            }

            Logout(current, "user-request");
        }

        var limit = Limit(profile?["trial-uptime-limit"]) ?? TimeSpan.FromMinutes(30);
        var reset = Limit(profile?["trial-uptime-reset"]) ?? TimeSpan.FromDays(1);
        var used = TrialUsed(host.Mac, reset);
        if (used >= limit)
        {
            return Fail(HotspotTexts.UptimeLimit(name));
        }

        var userProfile = UserProfiles.FindByKey(profile?["trial-user-profile"] ?? "default");
        StartSession(host, name, null, "trial", userProfile, limit - used);
        return new HttpLoginResult(true, null);
    }

    public bool LogoutByIp(string ip)
    {
        if (HostByIp(ip)?.Session is not { } session)
        {
            return false;
        }

        Logout(session, "user-request");
        return true;
    }

    private TimeSpan TrialUsed(string mac, TimeSpan reset)
    {
        if (_trials.TryGetValue(mac, out var use) && Time.GetElapsedTime(use.WindowStart) < reset)
        {
            return use.Used;
        }

        _trials[mac] = (Time.GetTimestamp(), TimeSpan.Zero);
        return TimeSpan.Zero;
    }

    private void TrialEnded(string mac, TimeSpan uptime)
    {
        if (_trials.TryGetValue(mac, out var use))
        {
            _trials[mac] = (use.WindowStart, use.Used + uptime);
        }
    }

    private static HttpLoginResult Result(string? error) => new(error is null, error);

    private static HttpLoginResult Fail(string error) => new(false, error);
}
