using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>
/// One phone's way in over HTTP, like its browser: the router's redirect to <c>/hs</c> with the router
/// variables, the splash page (antiforgery token), and the login post. Cookies are kept per phone;
/// the connections are shared (a pooled <see cref="HttpClient"/>), so figures measure the Portal's work
/// per login rather than TCP set-up.
/// </summary>
internal sealed partial class ResidentClient(HttpClient http, Uri portal)
{
    public const string RememberCookie = "kim_device";

    /// <summary>Logs the phone in by the one-tap "remembered device" button; returns the elapsed time.</summary>
    public Task<TimeSpan> RememberedLoginAsync(string mac, string ip, string deviceToken, CancellationToken cancellationToken) =>
        LoginAsync(mac, ip, new Dictionary<string, string> { [RememberCookie] = deviceToken }, "masuk?handler=Remembered",
            _ => [], cancellationToken);

    /// <summary>Logs the phone in with phone number and password; returns the elapsed time.</summary>
    public Task<TimeSpan> PasswordLoginAsync(string mac, string ip, string phone, string password, CancellationToken cancellationToken) =>
        LoginAsync(mac, ip, new Dictionary<string, string>(), "masuk", _ => [new("login", phone), new("password", password)], cancellationToken);

    /// <summary>The splash page's HTML for a fresh attempt of this device, and the URL it lives at.</summary>
    public async Task<(Uri Url, string Html)> SplashAsync(string mac, string ip, CancellationToken cancellationToken)
    {
        var cookies = new Dictionary<string, string>();
        var splash = await CaptureAsync(mac, ip, cookies, cancellationToken);
        using var response = await SendAsync(HttpMethod.Get, splash, cookies, null, cancellationToken);
        Expect(response, HttpStatusCode.OK, "splash");
        return (splash, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private async Task<TimeSpan> LoginAsync(string mac, string ip, Dictionary<string, string> cookies, string action,
        Func<string, List<KeyValuePair<string, string>>> fields, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var splash = await CaptureAsync(mac, ip, cookies, cancellationToken);
        using var page = await SendAsync(HttpMethod.Get, splash, cookies, null, cancellationToken);
        Expect(page, HttpStatusCode.OK, "splash");
        string html = await page.Content.ReadAsStringAsync(cancellationToken);
        string attempt = splash.Query[(splash.Query.IndexOf("a=", StringComparison.Ordinal) + 2)..];
        var form = fields(html);
        form.Add(new("a", Uri.UnescapeDataString(attempt)));
        using var post = await SendAsync(HttpMethod.Post, new Uri(portal, action), cookies, new FormUrlEncodedContent(form), cancellationToken);
        if (post.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther))
        {
            string body = await post.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"login answered {(int)post.StatusCode}: " + Message().Match(body).Value);
        }

        return clock.Elapsed;
    }

    /// <summary>The router's redirect: stores the attempt and answers 302 to the splash page.</summary>
    private async Task<Uri> CaptureAsync(string mac, string ip, Dictionary<string, string> cookies, CancellationToken cancellationToken)
    {
        string query = $"hs?mac={Uri.EscapeDataString(mac)}&ip={ip}&server-name=hotspot1&identity=KIM-Desa-Sukamaju";
        using var response = await SendAsync(HttpMethod.Get, new Uri(portal, query), cookies, null, cancellationToken);
        Expect(response, HttpStatusCode.Redirect, "capture");
        return new Uri(portal, response.Headers.Location!);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, Dictionary<string, string> cookies,
        HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Key + "=" + c.Value)));
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (string cookie in set)
            {
                string pair = cookie.Split(';', 2)[0];
                int eq = pair.IndexOf('=', StringComparison.Ordinal);
                cookies[pair[..eq].Trim()] = pair[(eq + 1)..];
            }
        }

        return response;
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string step)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{step} answered {(int)response.StatusCode}, expected {(int)status}");
        }
    }

    [GeneratedRegex("<p class=\"[^\"]*\">[^<]*</p>", RegexOptions.CultureInvariant)]
    private static partial Regex Message();
}
