using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KimHotspot.Central.Tests.Proxy;

/// <summary>
/// A stand-in village Portal on loopback: <c>/health</c> answers 200, <c>/redirect</c> sends the browser to
/// <c>/admin/masuk</c> and sets a cookie on path <c>/</c>, every other path echoes what arrived (path, query,
/// <c>X-Forwarded-*</c>, cookies) as plain text lines.
/// </summary>
internal static class TestPortal
{
    public static Task<LoopbackServer> StartAsync() => LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/health", () => Results.Json(new { status = "ok" }));
        app.MapGet("/redirect", (HttpContext http) =>
        {
            http.Response.Headers.Append("Set-Cookie", "kim_admin=abc; path=/; httponly");
            return Results.Redirect("/admin/masuk");
        });
        app.Map("/{**rest}", (HttpRequest request) => Results.Text(
            $"""
            path={request.Path}{request.QueryString}
            prefix={request.Headers["X-Forwarded-Prefix"]}
            host={request.Headers["X-Forwarded-Host"]}
            proto={request.Headers["X-Forwarded-Proto"]}
            for={request.Headers["X-Forwarded-For"]}
            cookie={request.Headers.Cookie}
            """));
    });
}
