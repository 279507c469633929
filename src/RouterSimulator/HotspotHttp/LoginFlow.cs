using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>
/// <c>/login</c> (reference §6.3): renders the login page or the bounce to the external portal,
/// and accepts <c>username</c>/<c>password</c>/<c>dst</c> from a POST form or a GET query.
/// A 32-hex-digit password is a CHAP response, anything else PAP; <c>T-&lt;MAC&gt;</c> asks for a trial.
/// </summary>
internal sealed partial class LoginFlow(SimulatedRouter router)
{
    public async Task<IResult> HandleAsync(HttpContext context, HostInfo host, FrontLinks links)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fields = await ReadFieldsAsync(context.Request).ConfigureAwait(false);
        string? dst = Field(fields, "dst");
        string? username = Field(fields, "username");
        if (username is null)
        {
            return router.FindActiveByIp(host.Address) is null
                ? Render(context, host, links, new LoginContext(dst, null, null))
                : AfterLogin(dst, links);
        }

        string password = Field(fields, "password") ?? string.Empty;
        var result = Login(host, username, password);
        return result.Success
            ? AfterLogin(dst, links)
            : Render(context, host, links, new LoginContext(dst, result.Error ?? "invalid username or password", username));
    }

    /// <summary>The unauthenticated login page: 302 to the portal, its form variant, or the stock page.</summary>
    public IResult Render(HttpContext context, HostInfo host, FrontLinks links, LoginContext login)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? portal = router.Options.PortalUrl;
        if (string.IsNullOrEmpty(portal))
        {
            return TypedResults.Content(HotspotPages.StockLogin(router.Identity, host, links, login), "text/html; charset=utf-8");
        }

        var variables = RouterVariables.ForLogin(router, host, links, login);
        return context.Request.Query["form"] == "1"
            ? TypedResults.Content(HotspotPages.PortalForm(portal, variables), "text/html; charset=utf-8")
            : TypedResults.Redirect(RouterVariables.AppendQuery(portal, variables));
    }

    private HttpLoginResult Login(HostInfo host, string username, string password)
    {
        if (username.StartsWith("T-", StringComparison.OrdinalIgnoreCase))
        {
            return router.LoginTrial(host.Address, username[2..]);
        }

        return ChapResponse().IsMatch(password)
            ? router.LoginChap(host.Address, username, password.ToLowerInvariant())
            : router.LoginPap(host.Address, username, password);
    }

    private static RedirectHttpResult AfterLogin(string? dst, FrontLinks links) =>
        TypedResults.Redirect(FrontLinks.IsFollowableDestination(dst) ? dst! : links.Status);

    private static async Task<IReadOnlyDictionary<string, string>> ReadFieldsAsync(HttpRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in request.Query)
        {
            fields[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }
        }

        return fields;
    }

    private static string? Field(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    [GeneratedRegex("^[0-9a-fA-F]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChapResponse();
}
