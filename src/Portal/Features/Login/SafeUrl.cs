namespace KimHotspot.Portal.Features.Login;

/// <summary>Which URLs the Portal will send a browser to.</summary>
public static class SafeUrl
{
    /// <summary>An absolute http(s) URL without user info, or null (no javascript:, data:, relative or protocol-relative URLs).</summary>
    public static string? AbsoluteHttp(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2048
            || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.UserInfo) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return uri.AbsoluteUri;
    }
}
