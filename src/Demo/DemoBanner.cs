using KimHotspot.Demo.DemoData;
using KimHotspot.Demo.Launch;

namespace KimHotspot.Demo;

/// <summary>The block printed once everything runs: what to open and how to sign in.</summary>
internal static class DemoBanner
{
    public const string LastLine = "Press Ctrl+C to stop.";

    public static string Describe(DemoOptions options, PortalLogins portal, string operatorPassword, string routerPassword)
    {
        var p = options.Ports;
        var codes = string.Join("  ", portal.VoucherCodes.Take(3));
        return $"""

            KimHotspot is running (data and logs in {options.DataDirectory}):
              Resident (this browser joins the Wi-Fi as a phone):  {DemoPorts.Local(p.Hotspot)}   (the router sends you to the Portal)
                member login  {portal.MemberUser} / {portal.MemberPassword}   or a voucher: {codes}
              Village Portal:              {DemoPorts.Local(p.Portal)}
              KIM admin console:           {DemoPorts.Local(p.Portal, "admin")}   user admin, password {portal.AdminPassword}
              Central dashboard:           {DemoPorts.Local(p.Central)}   operator admin, password {operatorPassword}
              Simulator control API:       {DemoPorts.Local(p.Control, "devices")}
              RouterOS API (simulated):    127.0.0.1:{p.RouterApi}  user admin, password {routerPassword}
              Site {CentralSeed.SiteId} reports every 10 s (STALE after 30 s of silence).
            Passwords are new at every start. {LastLine}
            """;
    }
}
