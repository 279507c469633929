using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>Writable fields and defaults of the hotspot configuration menus (reference §4).</summary>
internal static class HotspotSchemas
{
    public const string ServerPath = "/ip/hotspot";
    public const string ServerProfilePath = "/ip/hotspot/profile";
    public const string UserProfilePath = "/ip/hotspot/user/profile";
    public const string UserPath = "/ip/hotspot/user";

    private static readonly string[] LoginMethods = ["mac", "cookie", "http-chap", "https", "http-pap", "trial", "mac-cookie"];

    public static TableSchema Server { get; } = new("hotspot server",
    [
        new("name"),
        new("interface", FieldKind.Reference, "bridge1") { RefPath = "/interface" },
        new("address-pool", FieldKind.Text, "hs-pool-1"),
        new("profile", FieldKind.Reference, "default") { RefPath = ServerProfilePath },
        new("idle-timeout", FieldKind.Duration, "5m"),
        new("keepalive-timeout", FieldKind.Duration, "none"),
        new("login-timeout", FieldKind.Duration, "none"),
        new("addresses-per-mac", FieldKind.NumberOrUnlimited, "2"),
        new("disabled", FieldKind.Bool, "false"),
    ]);

    public static TableSchema ServerProfile { get; } = new("profile",
    [
        new("name"),
        new("hotspot-address", FieldKind.Text, "0.0.0.0"),
        new("dns-name", FieldKind.Text, string.Empty),
        new("html-directory", FieldKind.Text, "hotspot"),
        new("html-directory-override", FieldKind.Text, string.Empty),
        new("login-by", FieldKind.Choice, "cookie,http-chap") { Choices = LoginMethods, Multi = true },
        new("http-cookie-lifetime", FieldKind.Duration, "3d"),
        new("https-redirect", FieldKind.Bool, "true"),
        new("ssl-certificate", FieldKind.Text, "none"),
        new("mac-auth-mode", FieldKind.Choice, "mac-as-username") { Choices = ["mac-as-username", "mac-as-username-and-password"] },
        new("mac-auth-password", FieldKind.Text, string.Empty),
        new("trial-uptime-limit", FieldKind.Duration, "30m"),
        new("trial-uptime-reset", FieldKind.Duration, "1d"),
        new("trial-user-profile", FieldKind.Reference, "default") { RefPath = UserProfilePath },
        new("use-radius", FieldKind.Bool, "false"),
        new("split-user-domain", FieldKind.Bool, "false"),
        new("install-hotspot-queue", FieldKind.Bool, "false"),
        new("rate-limit", FieldKind.Text, string.Empty),
        new("http-proxy", FieldKind.Text, "0.0.0.0:0"),
        new("smtp-server", FieldKind.Text, "0.0.0.0"),
    ]);

    public static TableSchema UserProfile { get; } = new("profile",
    [
        new("name"),
        new("rate-limit"),
        new("shared-users", FieldKind.NumberOrUnlimited, "1"),
        new("session-timeout", FieldKind.Duration, "0s"),
        new("idle-timeout", FieldKind.Duration, "none"),
        new("keepalive-timeout", FieldKind.Duration, "2m"),
        new("status-autorefresh", FieldKind.Duration, "1m"),
        new("address-pool", FieldKind.Text, "none"),
        new("address-list"),
        new("add-mac-cookie", FieldKind.Bool, "true"),
        new("mac-cookie-timeout", FieldKind.Duration, "3d"),
        new("transparent-proxy", FieldKind.Bool, "true"),
        new("open-status-page", FieldKind.Choice, "always") { Choices = ["http-login", "always"] },
        new("incoming-filter"),
        new("outgoing-filter"),
        new("on-login"),
        new("on-logout"),
        new("advertise", FieldKind.Bool, "false"),
    ]);

    public static TableSchema User { get; } = new("user",
    [
        new("name"),
        new("password"),
        new("profile", FieldKind.Reference, "default") { RefPath = UserProfilePath },
        new("server", FieldKind.Reference, "all") { RefPath = ServerPath, RefExtras = ["all"] },
        new("address"),
        new("mac-address", FieldKind.Mac),
        new("email"),
        new("routes"),
        new("limit-uptime", FieldKind.Duration),
        new("limit-bytes-in", FieldKind.Number),
        new("limit-bytes-out", FieldKind.Number),
        new("limit-bytes-total", FieldKind.Number),
        new("comment"),
        new("disabled", FieldKind.Bool, "false"),
    ]);

    public static TableSchema WalledGarden { get; } = new("walled garden entry",
    [
        new("action", FieldKind.Choice, "allow") { Choices = ["allow", "deny"] },
        new("server"),
        new("src-address"),
        new("method"),
        new("dst-host"),
        new("dst-port"),
        new("path"),
        new("comment"),
        new("disabled", FieldKind.Bool, "false"),
    ], keyField: null);

    public static TableSchema WalledGardenIp { get; } = new("walled garden entry",
    [
        new("action", FieldKind.Choice, "accept") { Choices = ["accept", "drop", "reject"] },
        new("server"),
        new("src-address"),
        new("dst-address"),
        new("src-address-list"),
        new("dst-address-list"),
        new("dst-host"),
        new("protocol"),
        new("dst-port"),
        new("comment"),
        new("disabled", FieldKind.Bool, "false"),
    ], keyField: null);

    public static TableSchema IpBinding { get; } = new("ip binding",
    [
        new("mac-address", FieldKind.Mac),
        new("address"),
        new("to-address"),
        new("server", FieldKind.Text, "all"),
        new("type", FieldKind.Choice, "regular") { Choices = ["regular", "bypassed", "blocked"] },
        new("comment"),
        new("disabled", FieldKind.Bool, "false"),
    ], keyField: null);

    /// <summary>Read-only hotspot menus: rows come from the hotspot, only print/remove/listen.</summary>
    public static TableSchema ReadOnlyRows(string noun) => new(noun, [], keyField: null) { CanAdd = false, CanSet = false };
}
