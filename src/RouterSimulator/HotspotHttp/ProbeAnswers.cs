using Microsoft.AspNetCore.Http;

namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>
/// What the internet answers to OS connectivity probes (reference §7.1), returned once a host is
/// logged in so the OS dismisses its sign-in prompt. Matched on the path only: the simulator is
/// reached by address, whatever host name the probe used.
/// </summary>
internal static class ProbeAnswers
{
    public const string AppleSuccess = "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>";
    public const string MicrosoftConnectTest = "Microsoft Connect Test";
    public const string MicrosoftNcsi = "Microsoft NCSI";
    public const string FirefoxSuccess = "success\n";

    private const string FirefoxCanonical =
        "<meta http-equiv=\"refresh\" content=\"0;url=https://support.mozilla.org/kb/captive-portal\"/>";

    public static IResult? For(PathString path) => path.Value?.ToLowerInvariant() switch
    {
        "/generate_204" or "/gen_204" => TypedResults.NoContent(),
        "/hotspot-detect.html" or "/library/test/success.html" =>
            TypedResults.Content(AppleSuccess, "text/html"),
        "/connecttest.txt" => TypedResults.Text(MicrosoftConnectTest, "text/plain"),
        "/ncsi.txt" => TypedResults.Text(MicrosoftNcsi, "text/plain"),
        "/success.txt" => TypedResults.Text(FirefoxSuccess, "text/plain"),
        "/canonical.html" => TypedResults.Content(FirefoxCanonical, "text/html"),
        _ => null,
    };
}
