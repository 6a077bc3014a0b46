using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Parley.Store;

/// <summary>
/// Brings a database to the current schema by applying, in order, the embedded migrations
/// (<c>migrations/NNNN_name.sql</c>) newer than its <c>PRAGMA user_version</c>. Each migration runs
/// in its own transaction together with the version bump, so a crash leaves a valid version.
/// </summary>
internal static class SchemaMigrator
{
    private const string Prefix = "migrations/";

    public static int CurrentVersion => Migrations.Value.Count == 0 ? 0 : Migrations.Value[^1].Version;

    private static readonly Lazy<IReadOnlyList<(int Version, string Sql)>> Migrations = new(LoadMigrations);

    /// <param name="upTo">Stop after this version (tests build old stores with it).</param>
    public static void Migrate(SqliteConnection connection, int upTo = int.MaxValue)
    {
        var version = UserVersion(connection);
        if (version > CurrentVersion)
        {
            throw new StoreException(
                $"the database has schema version {version}, newer than this Parley's {CurrentVersion}: upgrade Parley");
        }

        foreach (var (number, sql) in Migrations.Value.Where(m => m.Version > version && m.Version <= upTo))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql + $"\nPRAGMA user_version = {number};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public static int UserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (int Version, string Sql)[] LoadMigrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name =>
            {
                var version = int.Parse(name.AsSpan(Prefix.Length, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return (version, reader.ReadToEnd());
            })
            .OrderBy(m => m.version)
            .ToArray();
    }
}
