using KimHotspot.Central.Operators;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace KimHotspot.Central.Proxy;

/// <summary>
/// Transforms of every gateway route: the prefix removed from the path, <c>X-Forwarded-For/Proto/Host</c> set, and
/// <c>X-Forwarded-Prefix: /sites/{id}/portal</c>; Central's own sign-in cookie never reaches a village; the Portal's
/// redirects and cookies are kept under the prefix (<see cref="PortalRewrite"/>).
/// </summary>
internal static class GatewayTransforms
{
    public const string ForwardedPrefix = "X-Forwarded-Prefix";

    public static void Apply(TransformBuilderContext context)
    {
        if (context.Route.Metadata?.GetValueOrDefault(SitePaths.PrefixMetadata) is not { } prefix)
        {
            return;
        }

        var centralCookie = context.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(OperatorPolicies.Scheme).Cookie.Name ?? "kim_central";
        var portal = context.Cluster?.Destinations?.Values.FirstOrDefault()?.Address is { } address ? new Uri(address) : null;
        context.UseDefaultForwarders = false;
        context.AddPathRemovePrefix(prefix);
        context.AddXForwardedFor(action: ForwardedTransformActions.Set);
        context.AddXForwardedProto(action: ForwardedTransformActions.Set);
        context.AddXForwardedHost(action: ForwardedTransformActions.Set);
        context.AddRequestHeader(ForwardedPrefix, prefix, append: false);
        context.AddRequestTransform(request =>
        {
            DropCookie(request.ProxyRequest, centralCookie);
            return ValueTask.CompletedTask;
        });
        context.AddResponseTransform(response =>
        {
            var headers = response.HttpContext.Response.Headers;
            if (portal is not null && headers.Location.Count == 1 && headers.Location[0] is { } location)
            {
                headers.Location = PortalRewrite.Location(location, prefix, portal);
            }

            if (headers.SetCookie.Count > 0)
            {
                headers.SetCookie = headers.SetCookie.Select(c => PortalRewrite.SetCookie(c ?? "", prefix)).ToArray();
            }

            return ValueTask.CompletedTask;
        });
    }

    /// <summary>Removes Central's cookie (and its chunks) from the forwarded <c>Cookie</c> header.</summary>
    private static void DropCookie(HttpRequestMessage request, string name)
    {
        if (!request.Headers.TryGetValues(HeaderNames.Cookie, out var values))
        {
            return;
        }

        var kept = values.SelectMany(v => v.Split(';'))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0 && !c.StartsWith(name, StringComparison.Ordinal))
            .ToArray();
        request.Headers.Remove(HeaderNames.Cookie);
        if (kept.Length > 0)
        {
            request.Headers.TryAddWithoutValidation(HeaderNames.Cookie, string.Join("; ", kept));
        }
    }
}
