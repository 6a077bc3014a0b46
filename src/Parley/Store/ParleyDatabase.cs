using Microsoft.Data.Sqlite;

namespace Parley.Store;

/// <summary>
/// Opens a Parley SQLite store: WAL journal (readers never block the writer), foreign keys on,
/// schema migrated forward on open for writing. <c>synchronous=NORMAL</c> under WAL keeps every
/// committed batch across a killed process; only a power cut can lose the last batches.
/// </summary>
public static class ParleyDatabase
{
    public static SqliteConnection OpenForWriting(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var connection = Open(path, SqliteOpenMode.ReadWriteCreate);
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        SchemaMigrator.Migrate(connection);
        return connection;
    }

    public static SqliteConnection OpenForReading(string path)
    {
        if (!File.Exists(path))
        {
            throw new StoreException($"no Parley database at '{path}': run 'parley ingest' first, or pass --db FILE");
        }

        var connection = Open(path, SqliteOpenMode.ReadOnly);
        var version = SchemaMigrator.UserVersion(connection);
        if (version == 0)
        {
            connection.Dispose();
            throw new StoreException($"'{path}' is not a Parley database (no schema)");
        }

        if (version != SchemaMigrator.CurrentVersion)
        {
            connection.Dispose();
            throw new StoreException(
                $"'{path}' has schema version {version}, this Parley expects {SchemaMigrator.CurrentVersion}: run 'parley ingest' on it once to migrate, or upgrade Parley");
        }

        return connection;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"cannot open database '{path}': {e.Message}", e);
        }
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
