namespace KimHotspot.RouterSetup.Plan;

/// <summary>
/// The hotspot <c>login.html</c>: it hands the phone to the Portal's <c>/hs</c> entry with the router variables
/// the Portal reads (src/Portal/Features/Login/RouterVariables.cs). Posted, so nothing needs URL escaping; kept
/// short so a router prints its contents back ([UNSURE] the size limit for <c>/file print</c> contents).
/// </summary>
internal static class LoginPage
{
    private static readonly string[] Variables =
        ["mac", "ip", "link-login-only", "link-orig", "chap-id", "chap-challenge", "server-name", "identity"];

    public static string Render(string portalEntryUrl)
    {
        var fields = string.Concat(Variables.Select(v => $"<input type=\"hidden\" name=\"{v}\" value=\"$({v})\">\n"));
        return "<!DOCTYPE html>\n"
            + "<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\n"
            + "<title>KIM Wi-Fi</title></head>\n"
            + "<body onload=\"document.f.submit()\">\n"
            + $"<form name=\"f\" method=\"post\" action=\"{portalEntryUrl}\">\n"
            + fields
            + "<noscript><p>Wi-Fi KIM: tekan tombol ini untuk masuk.</p><button type=\"submit\">Lanjut</button></noscript>\n"
            + "</form>\n</body></html>\n";
    }
}
