using System.Net;
using System.Text.RegularExpressions;

namespace KimHotspot.Portal.Tests.Gateway;

/// <summary>
/// Plays Central's gateway in front of an in-process Portal: every request goes to the Portal's own path with the
/// gateway's <c>X-Forwarded-*</c> headers, cookies are kept by hand (their path is the prefix, which the stripped request
/// path never matches). Records every link, redirect or cookie path that would leave the prefix.
/// </summary>
/// <remarks>
/// With <c>throughGateway</c> the client talks to a real Central instead: paths are sent with the prefix, no headers are
/// added and the client's own cookie container keeps the cookies.
/// </remarks>
internal sealed partial class PrefixCrawler(HttpClient client, string prefix, string forwardedHost = "central.test", bool throughGateway = false)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

    /// <summary>What left the prefix, one line each ("page: attribute=value").</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Site-local URLs found in pages (each checked).</summary>
    public int UrlsChecked { get; private set; }

    /// <summary>Pages crawled with 200 (path as the Portal saw it).</summary>
    public List<string> Pages { get; } = [];

    public string Prefix => prefix;

    /// <summary>Sends one request as the gateway would and checks its Location and Set-Cookie paths.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(throughGateway ? prefix + path : path, UriKind.Relative)) { Content = content };
        if (!throughGateway)
        {
            request.Headers.Add("X-Forwarded-Prefix", prefix);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            request.Headers.Add("X-Forwarded-Proto", "http");
            request.Headers.Add("X-Forwarded-Host", forwardedHost);
        }

        if (!throughGateway && _cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
        }

        var response = await client.SendAsync(request);
        if (response.Headers.Location is { } location && Local(location.OriginalString) is { } local && !UnderPrefix(local))
        {
            Problems.Add($"{path}: Location={location.OriginalString}");
        }

        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            Keep(path, cookie);
        }

        return response;
    }

    /// <summary>GETs the page and follows a redirect under the prefix; returns the final page text.</summary>
    public async Task<string> GetPageAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location && Local(location.OriginalString) is { } local && UnderPrefix(local))
        {
            return await GetPageAsync(Strip(local));
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs <paramref name="pagePath"/>, posts the fields with its antiforgery token to <paramref name="postPath"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string postPath, IDictionary<string, string> fields)
    {
        var page = await GetPageAsync(pagePath);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Admin.AdminKit.Token(page, pagePath) };
        return await SendAsync(HttpMethod.Post, postPath, new FormUrlEncodedContent(all));
    }

    /// <summary>Visits <paramref name="starts"/> and every page they link to under the prefix (GET only).</summary>
    public async Task CrawlAsync(IEnumerable<string> starts, int maxPages = 400)
    {
        var queue = new Queue<string>(starts);
        while (queue.Count > 0 && _visited.Count < maxPages)
        {
            var path = queue.Dequeue();
            if (!_visited.Add(path))
            {
                continue;
            }

            using var response = await SendAsync(HttpMethod.Get, path);
            if (response.Headers.Location is { } location)
            {
                if (Local(location.OriginalString) is { } local && UnderPrefix(local))
                {
                    queue.Enqueue(Strip(local));
                }

                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                Problems.Add($"{path}: status {(int)response.StatusCode}");
                continue;
            }

            Pages.Add(path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            foreach (var next in CheckPage(path, await response.Content.ReadAsStringAsync()))
            {
                queue.Enqueue(next);
            }
        }
    }

    /// <summary>Checks every URL attribute of <paramref name="html"/>; returns the GET links worth following.</summary>
    public List<string> CheckPage(string path, string html)
    {
        var follow = new List<string>();
        foreach (Match m in UrlAttribute().Matches(html))
        {
            var value = WebUtility.HtmlDecode(m.Groups["v"].Value).Trim();
            if (value.StartsWith('~'))
            {
                Problems.Add($"{path}: {m.Groups["a"].Value}={value} (not resolved)");
                continue;
            }

            if (Local(value) is not { } local)
            {
                continue; // relative to the page, a fragment, or another site (the router, a bulletin's link)
            }

            UrlsChecked++;
            if (!UnderPrefix(local))
            {
                Problems.Add($"{path}: {m.Groups["a"].Value}={value}");
            }
            else if (m.Groups["a"].Value is "href" or "src" && !local.Contains("lang=", StringComparison.Ordinal))
            {
                follow.Add(Strip(local));
            }
        }

        return follow;
    }

    /// <summary>The path and query of a URL on this site (root-relative, or absolute on the forwarded host); else null.</summary>
    private string? Local(string url)
    {
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            && string.Equals(absolute.Authority, forwardedHost, StringComparison.OrdinalIgnoreCase)
            ? absolute.PathAndQuery
            : null;
    }

    private bool UnderPrefix(string local) =>
        local == prefix || local.StartsWith(prefix + "/", StringComparison.Ordinal) || local.StartsWith(prefix + "?", StringComparison.Ordinal);

    private string Strip(string local)
    {
        var rest = local[prefix.Length..];
        return rest.StartsWith('/') ? rest : "/" + rest;
    }

    private void Keep(string path, string setCookie)
    {
        var parts = setCookie.Split(';').Select(p => p.Trim()).ToArray();
        var cookiePath = parts.Skip(1).FirstOrDefault(p => p.StartsWith("path=", StringComparison.OrdinalIgnoreCase))?[5..] ?? "/";
        if (!UnderPrefix(cookiePath))
        {
            Problems.Add($"{path}: Set-Cookie path={cookiePath} ({parts[0].Split('=')[0]})");
        }

        var eq = parts[0].IndexOf('=', StringComparison.Ordinal);
        var (name, value) = (parts[0][..eq], parts[0][(eq + 1)..]);
        var expired = parts.Any(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(p[8..], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var when)
            && when < DateTimeOffset.UtcNow);
        if (expired || value.Length == 0)
        {
            _cookies.Remove(name);
        }
        else
        {
            _cookies[name] = value;
        }
    }

    [GeneratedRegex("""\s(?<a>href|src|action|formaction|poster)\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();
}
