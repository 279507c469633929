using Microsoft.Data.Sqlite;

namespace KimHotspot.RouterAgent.Outbox;

/// <summary>Opens the outbox file durably and creates its tables when missing.</summary>
internal static class OutboxSchema
{
    /// <summary>Bytes the budget charges for each row on top of its body and kind (row, key and index cost).</summary>
    public const long RowOverhead = 64;

    private const string Create = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS boots (
            boot_id TEXT PRIMARY KEY, started_utc INTEGER NOT NULL, last_seq INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            boot_id TEXT NOT NULL, seq INTEGER NOT NULL,
            kind TEXT NOT NULL, sampled_utc INTEGER NOT NULL, enqueued_utc INTEGER NOT NULL,
            rolled_up INTEGER NOT NULL, body BLOB NOT NULL,
            UNIQUE (boot_id, seq));
        CREATE INDEX IF NOT EXISTS outbox_order ON outbox (enqueued_utc, id);
        CREATE TABLE IF NOT EXISTS drops (kind TEXT PRIMARY KEY, count INTEGER NOT NULL);
        INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '1');
        """;

    public static SqliteConnection Open(string path)
    {
        var full = Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // No pooling: Dispose really closes the file, so a restart (or a test) reopens it cold.
        var connection = new SqliteConnection($"Data Source={full};Pooling=False");
        connection.Open();
        try
        {
            // auto_vacuum only takes effect before the first table exists; harmless afterwards.
            Execute(connection, "PRAGMA auto_vacuum=INCREMENTAL;");
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Execute(connection, "PRAGMA synchronous=FULL;");
            Execute(connection, "PRAGMA busy_timeout=5000;");
            using var tx = connection.BeginTransaction();
            Execute(connection, Create, tx);
            tx.Commit();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        command.ExecuteNonQuery();
    }

    public static string Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
