namespace KimHotspot.Portal.Features.Shared;

/// <summary>
/// Headers on every answer: no framing by other sites (clickjacking), no MIME sniffing, and no referrer to other
/// sites, so an attempt id in a page address never leaves with a click on a bulletin's link.
/// </summary>
public static class SecurityHeaders
{
    public static void UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XFrameOptions = "SAMEORIGIN";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
    }
}
