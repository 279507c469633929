using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>
/// Plays the router's hotspot web server for a browser (reference §6, §7): intercepts every path of
/// an unauthenticated host with a 302 to <c>/login</c>, serves <c>/login</c>, <c>/status</c>,
/// <c>/logout</c>, the RFC 8908 <c>/api</c>, and answers OS probes like the internet once logged in.
/// </summary>
internal sealed class HotspotFront(SimulatedRouter router, bool allowClientIpOverride)
{
    private readonly LoginFlow _login = new(router);

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "no-cache";
        var result = await ChooseAsync(context).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private async Task<IResult> ChooseAsync(HttpContext context)
    {
        string? ip = ClientAddress.Resolve(context, allowClientIpOverride);
        var host = ip is null ? null : router.FindHostByIp(ip);
        if (host is null)
        {
            return TypedResults.Text(
                $"403 Forbidden: {ip ?? "this address"} is not a hotspot client (join the device through the control API first)",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        var links = FrontLinks.For(context);
        var active = router.FindActiveByIp(host.Address);
        string path = (context.Request.Path.Value ?? "/").ToLowerInvariant();
        switch (path)
        {
            case "/login":
                return await _login.HandleAsync(context, host, links).ConfigureAwait(false);
            case "/status":
                return active is null
                    ? TypedResults.Redirect(links.LoginOnly)
                    : Html(HotspotPages.Status(router.Identity, active, links));
            case "/logout":
                if (active is null)
                {
                    return Html(HotspotPages.NotLoggedIn(router.Identity, host.Address, links));
                }

                router.Logout(host.Address);
                return Html(HotspotPages.LoggedOut(router.Identity, active, links));
            case "/api":
                return CaptiveApi.Result(context, active, router.Options.PortalUrl ?? links.LoginOnly);
        }

        if (active is null)
        {
            return TypedResults.Redirect(links.Login(FrontLinks.Original(context.Request)));
        }

        return ProbeAnswers.For(context.Request.Path) ?? Html(HotspotPages.Online(router.Identity, active, links));
    }

    private static ContentHttpResult Html(string page) => TypedResults.Content(page, "text/html; charset=utf-8");
}
