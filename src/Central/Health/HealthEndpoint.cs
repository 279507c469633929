using KimHotspot.Central.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Health;

/// <summary>
/// <c>GET /health</c> for systemd, containers and load balancers: 200 when Central's database answers, 503 when it
/// does not. Anonymous and says nothing about sites.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/health";

    public static void MapCentralHealth(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, async (CentralDb db, CancellationToken ct) =>
        {
            bool database;
            try
            {
                // A real read of a real table: the file is there, readable, and migrated.
                _ = await db.Sites.AsNoTracking().AnyAsync(ct);
                database = true;
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                database = false;
            }

            return Results.Json(new { status = database ? "ok" : "failing" },
                statusCode: database ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
    }
}
