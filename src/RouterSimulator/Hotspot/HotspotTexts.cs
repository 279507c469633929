namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>
/// Failure texts. Browser logins use the default <c>errors.txt</c> texts (reference §6.7). The API
/// <c>/ip/hotspot/active/login</c> trap texts are [UNSURE] on real routers; the simulator uses the same
/// errors.txt texts, plus <see cref="NoSuchHost"/> when no host has that ip (and mac).
/// </summary>
internal static class HotspotTexts
{
    public const string InvalidUser = "invalid username or password";

    public const string NoSuchHost = "no such host";

    public const string ChapMissing = "web browser did not send challenge response (try again, enable JavaScript)";

    public static string SessionLimit(string user) => $"no more sessions are allowed for user {user}";

    public static string InvalidMac(string user) => $"user {user} is not allowed to log in from this MAC address";

    public static string UptimeLimit(string user) => $"user {user} has reached uptime limit";

    public static string TrafficLimit(string user) => $"user {user} has reached traffic limit";

    public static string NotLoggedIn(string ip) => $"you are not logged in (ip {ip})";

    public static string InternalError(string detail) => $"internal error ({detail})";
}
