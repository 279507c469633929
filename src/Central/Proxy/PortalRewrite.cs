namespace KimHotspot.Central.Proxy;

/// <summary>
/// Keeps a Portal that does not know it sits under <c>/sites/{id}/portal</c> usable through the gateway: its redirects
/// and cookie paths are moved under the prefix (a Portal that honours <c>X-Forwarded-Prefix</c> already sends them
/// there, and they are left alone). Pure functions.
/// </summary>
public static class PortalRewrite
{
    /// <summary>A <c>Location</c> under the prefix: root-relative paths and absolute URLs on the Portal's own origin.</summary>
    public static string Location(string location, string prefix, Uri portal)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(portal);
        if (location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal))
        {
            return UnderPrefix(location, prefix);
        }

        if (Uri.TryCreate(location, UriKind.Absolute, out var absolute)
            && Uri.Compare(absolute, portal, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return UnderPrefix(absolute.PathAndQuery + absolute.Fragment, prefix);
        }

        return location; // relative to the current page, or another site entirely
    }

    /// <summary>A <c>Set-Cookie</c> whose path is moved under the prefix, so two sites' Portal cookies never meet.</summary>
    public static string SetCookie(string setCookie, string prefix)
    {
        ArgumentNullException.ThrowIfNull(setCookie);
        var parts = setCookie.Split(';');
        var hasPath = false;
        for (var i = 1; i < parts.Length; i++)
        {
            var attribute = parts[i].Trim();
            if (attribute.StartsWith("path=", StringComparison.OrdinalIgnoreCase))
            {
                hasPath = true;
                var path = attribute[5..];
                parts[i] = " path=" + UnderPrefix(path.Length == 0 ? "/" : path, prefix);
            }
        }

        return hasPath ? string.Join(';', parts) : setCookie + "; path=" + prefix + "/";
    }

    private static string UnderPrefix(string path, string prefix) =>
        path.StartsWith(prefix + "/", StringComparison.Ordinal) || path == prefix || path.StartsWith(prefix + "?", StringComparison.Ordinal)
            ? path
            : prefix + path;
}
