using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KimHotspot.Portal.Data;

/// <summary>
/// Lets SQLite itself wait (a few milliseconds at a time) when another connection holds the write lock, instead of
/// returning "busy" at once: Microsoft.Data.Sqlite retries a busy statement only every 150 ms, which made concurrent
/// logins (each a small write) queue in 150 ms steps. Set on every connection open (pooled connections keep it).
/// </summary>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for the write lock before SQLite reports busy.</summary>
    public const int TimeoutMilliseconds = 10_000;

    private const string Pragma = "PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
