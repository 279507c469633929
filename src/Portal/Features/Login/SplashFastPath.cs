using System.Globalization;
using System.Text;
using KimHotspot.Portal.Features.Bulletins;
using Microsoft.Net.Http.Headers;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// Serves <c>GET /?a=&lt;attempt&gt;</c>, the page every resident lands on, from <see cref="SplashTemplates"/>:
/// the attempt is looked up as always (unknown or expired → the page as usual), and the page is the template
/// joined around this device's id. The first view of each language and state after a content change renders
/// the Razor page (<c>Splash.cshtml</c>) and keeps it as the template. A request with cookies other than the
/// language and attempt cookies (a remembered device, a voucher code) or with more in the query always gets the
/// Razor page: its HTML can differ.
/// </summary>
public sealed class SplashFastPath(RequestDelegate next, SplashTemplates templates, PublicContent content)
{
    private static readonly HashSet<string> PlainCookies = [Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName, LoginAttempts.CookieName];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Applies(context.Request, out var id))
        {
            await next(context);
            return;
        }

        var ct = context.RequestAborted;
        var attempt = await context.RequestServices.GetRequiredService<LoginAttempts>().FindAsync(id, context, ct);
        if (attempt is null)
        {
            await next(context);
            return;
        }

        long version = content.Version; // before reading: a change while rendering makes the template stale, never wrong
        var bulletins = await content.BulletinsAsync(includeMembers: false, ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        bool completed = attempt.CompletedAt is not null;
        var idBytes = Encoding.ASCII.GetBytes(attempt.Id);
        if (templates.Find(culture, completed, version, bulletins) is { } pieces)
        {
            await WriteAsync(context, pieces, idBytes, ct);
            return;
        }

        // Render once through Razor, keep the page as the template, and send what was rendered.
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            templates.Store(culture, completed, version, bulletins, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), idBytes);
        }

        context.Response.ContentLength = buffer.Length;
        await original.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
    }

    private static bool Applies(HttpRequest request, out string id)
    {
        id = string.Empty;
        if (!HttpMethods.IsGet(request.Method) || request.Path.Value != "/" || request.Query.Count != 1
            || !request.Query.TryGetValue("a", out var values) || values.Count != 1 || values[0] is not { Length: >= 16 and <= 64 } value
            || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        foreach (var cookie in request.Cookies)
        {
            if (!PlainCookies.Contains(cookie.Key))
            {
                return false;
            }
        }

        id = value;
        return true;
    }

    private static async Task WriteAsync(HttpContext context, byte[][] pieces, byte[] id, CancellationToken ct)
    {
        int length = id.Length * (pieces.Length - 1);
        foreach (var piece in pieces)
        {
            length += piece.Length;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = length;
        response.Headers[HeaderNames.CacheControl] = SplashModel.CacheControl;
        var span = response.BodyWriter.GetSpan(length);
        int at = 0;
        for (int i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                id.CopyTo(span[at..]);
                at += id.Length;
            }

            pieces[i].CopyTo(span[at..]);
            at += pieces[i].Length;
        }

        response.BodyWriter.Advance(length);
        await response.BodyWriter.FlushAsync(ct);
    }
}
