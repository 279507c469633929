using System.Text.RegularExpressions;

namespace KimHotspot.Central.Proxy;

/// <summary>
/// <c>GET /sites/{id}/portal</c> (no slash) → 302 to <c>/sites/{id}/portal/</c>, so the Portal's relative links resolve
/// under the prefix. A middleware, not an endpoint: routing treats a trailing slash as optional.
/// </summary>
internal sealed partial class PrefixSlash(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (HttpMethods.IsGet(context.Request.Method) && path is not null && Bare().IsMatch(path))
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString);
            return Task.CompletedTask;
        }

        return next(context);
    }

    [GeneratedRegex("^/sites/[0-9.]{1,64}/portal$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
