using Microsoft.Data.Sqlite;
using Parley.Store;

namespace Parley.Tests.Store;

public sealed class MigrationTests
{
    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void A_store_of_schema_2_migrates_forward_and_its_events_and_quotes_become_rows()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            SchemaMigrator.Migrate(connection, upTo: 2);
            Assert.Equal(2, SchemaMigrator.UserVersion(connection));
            Execute(connection, """
                INSERT INTO documents (id, text, published, ingested_at) VALUES ('d1', 'Trump met Kim in Hanoi.', '2019-02-27', '2019-02-28T00:00:00Z');
                INSERT INTO layers (doc_id, name, json) VALUES ('d1', 'events', '[{"start":0,"end":22,"id":"e1","source":{"code":"USAGOV"},"target":{"code":"PRKGOV"},"cameo":"040","quad_class":1,"goldstein":1,"event_date":"2019-02-27","cluster_id":"c1","evidence":"Trump met Kim in Hanoi."}]');
                INSERT INTO layers (doc_id, name, json) VALUES ('d1', 'quotes', '[{"start":0,"end":5,"text":"Trump","speaker":{"code":"USAGOV"},"speaker_text":"Trump"}]');
                """);
        }

        using (new DocumentWriter(path))
        {
            // Opening for writing migrates to the current schema.
        }

        using var layers = new LayerQueries(path);
        var e = Assert.Single(layers.Events(new EventFilter { Dyad = ("USA", "PRK") }, 10));
        Assert.Equal(("e1", "c1"), (e["id"]!.ToString(), e["cluster_id"]!.ToString()));
        Assert.Single(layers.Quotes("USA", null, 10));
        Assert.Equal(1, layers.CountRows("events"));
    }
}
