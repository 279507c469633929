using KimHotspot.Portal.Data;
using KimHotspot.RouterOs;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Health;

/// <summary>
/// <c>GET /health</c> for the village agent (the Portal's watchdog) and for systemd/containers: 200 when the
/// database answers, 503 when it does not. The router's connection state is reported but does not fail the
/// check: residents still see the splash and bulletins while the router is away.
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/health", async (PortalDb db, RouterOsClient router, CancellationToken ct) =>
        {
            bool database;
            try
            {
                // A real read of a real table: the file is there, readable, and migrated.
                _ = await db.Village.AsNoTracking().AnyAsync(ct);
                database = true;
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                database = false;
            }

            var body = new HealthAnswer(database ? "ok" : "failing", database ? "ok" : "unreachable", router.State.ToString());
            return Results.Json(body, statusCode: database ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }

    private sealed record HealthAnswer(string Status, string Database, string Router);
}
