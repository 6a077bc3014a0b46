using Microsoft.Data.Sqlite;
using Parley.Identify;
using Parley.Model;
using Parley.Pipeline;
using Parley.Store;

namespace Parley.Tests.Store;

public sealed class StoreTests
{
    private static AnnotatedDocument Make(string text, string? title = null, DateOnly? published = null) =>
        DefaultPipeline.Build().Run(new Document
        {
            Id = DocumentIdentity.IdOf(text),
            Metadata = new DocumentMetadata { Title = title, Published = published, Source = "Wire", Authors = ["A. Writer"], Captions = [new Caption("Leaders shake hands.", "AFP / NAME")] },
            Text = text,
            Raw = new RawInput("text", title + "\n\n" + text),
        });

    [Fact]
    public void A_new_store_has_the_current_schema_in_wal_mode()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.db");
        using (new DocumentWriter(path))
        {
        }

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", command.ExecuteScalar());
        Assert.Equal(SchemaMigrator.CurrentVersion, SchemaMigrator.UserVersion(connection));
    }

    [Fact]
    public void Writing_the_same_documents_twice_stores_them_once()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.db");
        var documents = new[] { Make("Envoys met in Hanoi."), Make("Sanctions stay in place.") };
        using var writer = new DocumentWriter(path);
        Assert.Equal([WriteOutcome.Stored, WriteOutcome.Stored], writer.Write(documents, []));
        Assert.Equal([WriteOutcome.AlreadyStored, WriteOutcome.AlreadyStored], writer.Write(documents, []));

        using var queries = new DocumentQueries(path);
        Assert.Equal(2, queries.CountDocuments());
    }

    [Fact]
    public void A_later_run_fills_in_a_publication_date_the_first_lacked()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.db");
        using (var writer = new DocumentWriter(path))
        {
            writer.Write([Make("Talks resumed.")], []);
            writer.Write([Make("Talks resumed.", "Talks", new DateOnly(2019, 2, 20))], []);
        }

        using var queries = new DocumentQueries(path);
        var stored = Assert.Single(queries.ListDocuments(10));
        Assert.Equal(new DateOnly(2019, 2, 20), stored.Metadata.Published);
        Assert.Equal("Talks", stored.Metadata.Title);
    }

    [Fact]
    public void A_document_reads_back_as_written_with_its_layers()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.db");
        var document = Make("First paragraph.\n\nSecond paragraph.", "Headline", new DateOnly(2019, 4, 11));
        using (var writer = new DocumentWriter(path))
        {
            writer.Write([document], []);
        }

        using var queries = new DocumentQueries(path);
        var (found, error) = queries.FindDocument(document.Document.Id[..6]);
        Assert.Null(error);
        Assert.Equal((document.Document.Id, document.Document.Text, document.Document.Metadata.Title), (found!.Id, found.Text, found.Metadata.Title));
        Assert.Equal(document.Document.Metadata.Captions, found!.Metadata.Captions);
        Assert.Equal(document.Document.Metadata.Authors, found.Metadata.Authors);
        var paragraphs = queries.Layers(found.Id)["paragraphs"];
        Assert.Equal("""[{"start":0,"end":16},{"start":18,"end":35}]""", paragraphs.GetRawText());
    }

    [Fact]
    public void Search_ranks_and_marks_matches_and_accepts_any_user_text()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.db");
        using (var writer = new DocumentWriter(path))
        {
            writer.Write([Make("The U.S. wants sanctions to remain. Sanctions, sanctions."), Make("Talks about trade."), Make("One mention of sanctions in a long text about many other things entirely.")], []);
        }

        using var queries = new DocumentQueries(path);
        var hits = queries.Search("sanctions", 10);
        Assert.Equal(2, hits.Count);
        Assert.StartsWith("The U.S.", hits[0].Document.Text, StringComparison.Ordinal);
        Assert.Contains("[sanctions]", hits[1].PlainSnippet, StringComparison.Ordinal);
        Assert.Single(queries.Search("U.S. sanctions", 10));
        Assert.Empty(queries.Search("\"unbalanced", 10));
    }

    [Fact]
    public void Opening_a_missing_store_for_reading_says_what_to_do()
    {
        var error = Assert.Throws<StoreException>(() => new DocumentQueries("/no/such/parley.db"));
        Assert.Contains("run 'parley ingest' first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_from_a_newer_parley_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999;";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => new DocumentWriter(path));
        Assert.Contains("newer than this Parley", error.Message, StringComparison.Ordinal);
    }
}
