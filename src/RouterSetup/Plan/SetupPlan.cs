using static KimHotspot.RouterSetup.Plan.SetupSettings;

namespace KimHotspot.RouterSetup.Plan;

/// <summary>
/// The desired router state as data, in dependency order (pool before DHCP server, profile before hotspot,
/// group before user, certificate before api-ssl). Every row we own carries <c>kimhotspot</c> in its name or comment.
/// </summary>
internal static class SetupPlan
{
    public const string PoolName = Marker + "-pool";
    public const string OptionName = Marker + "-capport";
    public const string GroupName = Marker + "-api";
    public const string CertificateName = Marker + "-api";

    /// <summary>The policies the Portal (hotspot users, profiles, active login/remove) and the RouterAgent (reads) need.</summary>
    public const string ApiPolicy = "read,write,api";

    public static IReadOnlyList<PlanItem> Build(SetupSettings s, string? apiPassword)
    {
        ArgumentNullException.ThrowIfNull(s);
        var user = new List<WantedField> { F("group", GroupName), F("address", s.ApiAddresses), F("comment", Marker) };
        if (apiPassword is not null)
        {
            user.Add(new WantedField("password", apiPassword, FieldMatch.WriteOnly));
        }

        var plan = new List<PlanItem>
        {
            Row("Wi-Fi bridge", "/interface/bridge", [F("name", s.Interface)], []),
            Row("hotspot address", "/ip/address", [F("comment", Marker)],
                [F("address", s.Gateway + "/" + s.PrefixLength), F("interface", s.Interface)]),
            Row("address pool", "/ip/pool", [F("name", PoolName)], [F("ranges", s.PoolRanges), F("comment", Marker)]),
            Row("captive portal DHCP option 114", "/ip/dhcp-server/option", [F("name", OptionName)],
                [F("code", "114"), F("value", "s'" + s.CaptiveApiUrl + "'"), B("force", true)]),
            Row("DHCP network", "/ip/dhcp-server/network", [F("address", s.Network)],
                [F("gateway", s.Gateway), F("dns-server", s.Gateway), F("dhcp-option", OptionName), F("comment", Marker)]),
            Row("DHCP server", "/ip/dhcp-server", [F("name", Marker)],
                [F("interface", s.Interface), F("address-pool", PoolName), F("lease-time", "1h"), B("disabled", false)]),
            Row("login page", "/file", [F("name", s.HtmlDirectory + "/login.html")],
                [F("contents", LoginPage.Render(s.PortalEntryUrl))]),
            Row("hotspot server profile", "/ip/hotspot/profile", [F("name", Marker)],
            [
                F("hotspot-address", s.Gateway), F("dns-name", s.DnsName), F("html-directory", s.HtmlDirectory),
                new WantedField("login-by", "cookie,http-chap,http-pap", FieldMatch.Set),
            ]),
            Row("hotspot server", "/ip/hotspot", [F("name", Marker)],
                [F("interface", s.Interface), F("address-pool", PoolName), F("profile", Marker), B("disabled", false)]),
            Row("walled garden: Portal host", "/ip/hotspot/walled-garden", [F("comment", Marker + "-portal")],
                [F("dst-host", s.PortalHost), F("action", "allow")]),
            Row("walled garden: Portal address", "/ip/hotspot/walled-garden/ip", [F("comment", Marker + "-portal")],
                [F("dst-address", s.PortalAddress), F("action", "accept")]),
        };
        if (!System.Net.IPAddress.TryParse(s.PortalHost, out _))
        {
            // Phones ask the router for the Portal's name; it must lead them to the Portal box on this network.
            plan.Add(Row("Portal name in the router's DNS", "/ip/dns/static", [F("name", s.PortalHost)],
                [F("address", s.PortalAddress), F("comment", Marker)]));
        }

        plan.AddRange(
        [
            new PlanItem("router answers DNS for hotspot clients", "/ip/dns", ItemKind.Singleton, [], [B("allow-remote-requests", true)]),
            Row("API user group", "/user/group", [F("name", GroupName)],
                [new WantedField("policy", ApiPolicy, FieldMatch.Policy), F("comment", Marker)]),
            Row("API user", "/user", [F("name", s.ApiUser)], user),
            new PlanItem("API-SSL certificate", "/certificate", ItemKind.CreateOnly, [F("name", CertificateName)],
                [F("common-name", s.Gateway), F("days-valid", "3650"), F("key-usage", "digital-signature,key-encipherment,tls-server")])
            {
                // [UNSURE] `sign` by `numbers`, and the `private-key` property name of the K flag, on a real router.
                AfterAdd = ["sign"],
                Expect = [B("private-key", true)],
            },
            Existing("service api-ssl", "/ip/service", "api-ssl",
                [F("certificate", CertificateName), F("tls-version", "only-1.2"), F("address", s.ApiAddresses), B("disabled", false)]),
            s.DisablePlainApi
                ? Existing("service api", "/ip/service", "api", [B("disabled", true)])
                : Existing("service api", "/ip/service", "api", [F("address", s.ApiAddresses), B("disabled", false)]),
            new PlanItem("NTP client", "/system/ntp/client", ItemKind.Singleton, [],
                [B("enabled", true), new WantedField("servers", s.NtpServers, FieldMatch.Set)]),
        ]);
        return plan;
    }

    private static WantedField F(string name, string value) => new(name, value);

    private static WantedField B(string name, bool value) => new(name, value ? "yes" : "no", FieldMatch.Bool);

    private static PlanItem Row(string title, string menu, IReadOnlyList<WantedField> key, IReadOnlyList<WantedField> fields) =>
        new(title, menu, ItemKind.Row, key, fields);

    private static PlanItem Existing(string title, string menu, string name, IReadOnlyList<WantedField> fields) =>
        new(title, menu, ItemKind.Existing, [F("name", name)], fields);
}
