using static KimHotspot.RouterSimulator.HotspotHttp.Html;

namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>The servlet pages (reference §6.1) as the simulator renders them.</summary>
internal static class HotspotPages
{
    /// <summary>Stock-like login.html/flogin.html: PAP form (the router accepts plain passwords here) and a trial link.</summary>
    public static string StockLogin(string identity, HostInfo host, FrontLinks links, LoginContext login)
    {
        string error = string.IsNullOrEmpty(login.Error) ? string.Empty : $"<p class=\"error\">{E(login.Error)}</p>";
        string trial = links.LoginOnly + "?dst=" + Uri.EscapeDataString(login.Destination ?? string.Empty) +
            "&username=" + Uri.EscapeDataString("T-" + host.MacAddress);
        return Page(identity + " hotspot login", $"""
            <h1>{E(identity)}</h1>
            <p>Please log in to use the hotspot service.</p>
            {error}
            <form name="login" method="post" action="{E(links.LoginOnly)}">
             <input type="hidden" name="dst" value="{E(login.Destination)}">
             <input type="hidden" name="popup" value="false">
             <label>Username <input name="username" value="{E(login.Username)}"></label>
             <label>Password <input name="password" type="password"></label>
             <button type="submit">Log in</button>
            </form>
            <p>Free trial: <a href="{E(trial)}">click here</a>.</p>
            """);
    }

    /// <summary>A customised login.html that posts the router variables to the external portal.</summary>
    public static string PortalForm(string portalUrl, IEnumerable<KeyValuePair<string, string>> variables)
    {
        var fields = string.Join("\n", variables.Select(v =>
            $" <input type=\"hidden\" name=\"{E(v.Key)}\" value=\"{E(v.Value)}\">"));
        return Page("Redirecting to the login portal", $"""
            <form name="redirect" method="post" action="{E(portalUrl)}">
            {fields}
             <noscript><button type="submit">Continue</button></noscript>
            </form>
            """, onload: "document.redirect.submit()");
    }

    public static string Status(string identity, ActiveInfo active, FrontLinks links)
    {
        string left = active.SessionTimeLeft is { } t ? Duration(t) : "---";
        string limit = active.LimitBytesTotal is { } l ? Number(l) : "---";
        return Page(identity + " hotspot status", $"""
            <h1>Welcome {E(active.User)}!</h1>
            <table>
             <tr><th>IP address</th><td>{E(active.Address)}</td></tr>
             <tr><th>MAC address</th><td>{E(active.MacAddress)}</td></tr>
             <tr><th>Uptime</th><td id="uptime">{Duration(active.Uptime)}</td></tr>
             <tr><th>Bytes up/down</th><td id="bytes">{Number(active.BytesIn)} / {Number(active.BytesOut)}</td></tr>
             <tr><th>Time left</th><td id="time-left">{left}</td></tr>
             <tr><th>Byte limit</th><td id="byte-limit">{limit}</td></tr>
            </table>
            <p><a href="{E(links.Logout)}">log off</a></p>
            """);
    }

    public static string LoggedOut(string identity, ActiveInfo active, FrontLinks links) =>
        Page(identity + " hotspot logout", $"""
            <h1>You have just logged off</h1>
            <p>User {E(active.User)}, uptime {Duration(active.Uptime)},
            bytes up/down {Number(active.BytesIn)} / {Number(active.BytesOut)}.</p>
            <p><a href="{E(links.LoginOnly)}">log on</a></p>
            """);

    public static string NotLoggedIn(string identity, string ip, FrontLinks links) =>
        Page(identity + " hotspot", $"""
            <h1>You are not logged in (ip {E(ip)})</h1>
            <p><a href="{E(links.LoginOnly)}">log on</a></p>
            """);

    public static string Online(string identity, ActiveInfo active, FrontLinks links) =>
        Page(identity + " hotspot", $"""
            <h1>You are logged in as {E(active.User)}</h1>
            <p><a href="{E(links.Status)}">status</a> | <a href="{E(links.Logout)}">log off</a></p>
            """);
}
