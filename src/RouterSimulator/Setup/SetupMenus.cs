using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Setup;

/// <summary>
/// The configuration menus the KimHotspot set-up reads and writes: bridge, addresses, pool, DHCP, users and
/// groups, services, certificates, files, DNS and the NTP client. Seeded like a router after the default
/// configuration: the Wi-Fi bridge <c>bridge1</c>, user <c>admin</c> in group <c>full</c>, the fixed service rows.
/// </summary>
internal static class SetupMenus
{
    private static readonly (string Name, string Port)[] Services =
    [
        ("telnet", "23"), ("ftp", "21"), ("www", "80"), ("ssh", "22"), ("www-ssl", "443"),
        ("api", "8728"), ("winbox", "8291"), ("api-ssl", "8729"),
    ];

    public static void Register(RouterModel model)
    {
        var bridges = new Table("/interface/bridge", SetupSchemas.Bridge, model);
        bridges.Insert(new Row(), ("name", "bridge1"), ("comment", "defconf"));
        var ports = new Table("/interface/bridge/port", SetupSchemas.BridgePort, model);
        ports.Insert(new Row(), ("interface", "wlan1"), ("bridge", "bridge1"), ("comment", "defconf"));

        var groups = new UserGroupTable(model);
        groups.Insert(new Row { IsDefault = true }, ("name", "read"), ("policy", UserGroupTable.Canonical("local,telnet,ssh,reboot,read,test,winbox,password,web,sniff,api,romon,rest-api")));
        groups.Insert(new Row { IsDefault = true }, ("name", "write"), ("policy", UserGroupTable.Canonical("local,telnet,ssh,reboot,read,write,test,winbox,password,web,sniff,api,romon,rest-api")));
        groups.Insert(new Row { IsDefault = true }, ("name", "full"), ("policy", UserGroupTable.Canonical(string.Join(',', UserGroupTable.Policies))));
        var users = new SystemUserTable(model);
        users.Insert(new Row { IsDefault = true }, ("name", model.Options.User), ("group", "full"), ("comment", "system default user"));

        var services = new Table("/ip/service", SetupSchemas.Service, model);
        foreach (var (name, port) in Services)
        {
            services.Insert(new Row { IsDefault = true }, ("name", name), ("port", port));
        }

        var ntp = new NtpClient(model);
        var dns = new DnsSettings(model);
        Menu[] menus =
        [
            bridges, ports,
            new Table("/ip/address", SetupSchemas.Address, model),
            new Table("/ip/pool", SetupSchemas.Pool, model),
            new Table("/ip/dhcp-server", SetupSchemas.DhcpServer, model),
            new Table("/ip/dhcp-server/network", SetupSchemas.DhcpNetwork, model),
            new Table("/ip/dhcp-server/option", SetupSchemas.DhcpOption, model),
            new Table("/ip/dhcp-server/option/sets", SetupSchemas.DhcpOptionSet, model),
            groups, users, services,
            new CertificateTable(model),
            new FileTable(model),
            new SingletonMenu("/system/ntp/client", ntp.Render, ntp.Set),
            new SingletonMenu("/ip/dns", dns.Render, dns.Set),
            new Table("/ip/dns/static", SetupSchemas.DnsStatic, model),
        ];
        foreach (var menu in menus)
        {
            model.Register(menu);
        }
    }
}
