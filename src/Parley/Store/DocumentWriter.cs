using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Model;
using Parley.Read;

namespace Parley.Store;

/// <summary>
/// The single writer of a store: writes batches of documents, their raw input and layers in one
/// transaction each. A document whose id is stored already is not written again, except that
/// metadata it lacked (a publication date given on a later run) is filled in. Not thread-safe:
/// one writer per store.
/// </summary>
public sealed class DocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;

    public DocumentWriter(string databasePath) => _connection = ParleyDatabase.OpenForWriting(databasePath);

    /// <param name="duplicates">Near-duplicate links found for this batch: document id to the id it repeats.</param>
    public IReadOnlyList<WriteOutcome> Write(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<InputProblem> problems, IReadOnlyDictionary<string, string>? duplicates = null) =>
        Write([.. documents.Select(PreparedDocument.From)], problems, duplicates);

    /// <param name="duplicates">Near-duplicate links found for this batch: document id to the id it repeats.</param>
    public IReadOnlyList<WriteOutcome> Write(IReadOnlyList<PreparedDocument> documents, IReadOnlyList<InputProblem> problems, IReadOnlyDictionary<string, string>? duplicates = null)
    {
        var outcomes = new WriteOutcome[documents.Count];
        using var transaction = _connection.BeginTransaction();
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        using var exists = Command(transaction, "SELECT 1 FROM documents WHERE id = $id");
        using var fill = Command(transaction, """
            UPDATE documents SET
                published = COALESCE(published, $published),
                published_inferred = CASE WHEN published IS NULL THEN $published_inferred ELSE published_inferred END,
                source = COALESCE(source, $source), url = COALESCE(url, $url), title = COALESCE(title, $title),
                language = COALESCE(language, $language)
            WHERE id = $id
            """);
        using var insert = Command(transaction, """
            INSERT INTO documents (id, source, url, title, published, published_inferred, authors, language, text, captions, duplicate_of, origin, ingested_at, credits, removed)
            VALUES ($id, $source, $url, $title, $published, $published_inferred, $authors, $language, $text, $captions, $duplicate_of, $origin, $ingested_at, $credits, $removed)
            """);
        using var raw = Command(transaction, "INSERT INTO raw_inputs (doc_id, format, content) VALUES ($id, $format, $content)");
        using var layer = Command(transaction, "INSERT INTO layers (doc_id, name, json) VALUES ($id, $name, $json)");
        using var eventRow = Command(transaction, """
            INSERT INTO events (id, doc_id, ordinal, source_code, target_code, cameo, plover, quad_class, goldstein, event_date, modality, cluster_id, evidence, json)
            VALUES ($id, $doc, $ordinal, $source, $target, $cameo, $plover, $quad, $goldstein, $date, $modality, $cluster, $evidence, $json)
            """);
        using var quoteRow = Command(transaction, "INSERT INTO quotes (doc_id, ordinal, speaker_code, speaker_text, json) VALUES ($doc, $ordinal, $code, $text, $json)");
        using var problem = Command(transaction, "INSERT INTO input_problems (origin, line, reason, kind, seen_at) VALUES ($origin, $line, $reason, $kind, $seen_at)");

        for (var i = 0; i < documents.Count; i++)
        {
            var prepared = documents[i];
            var document = prepared.Document;
            var meta = document.Metadata;
            Bind(exists, ("$id", document.Id));
            if (exists.ExecuteScalar() is not null)
            {
                Bind(fill, ("$id", document.Id), ("$published", Date(meta.Published)), ("$published_inferred", meta.PublishedInferred ? 1 : 0),
                    ("$source", meta.Source), ("$url", meta.Url), ("$title", meta.Title), ("$language", meta.Language));
                fill.ExecuteNonQuery();
                outcomes[i] = WriteOutcome.AlreadyStored;
                continue;
            }

            Bind(insert,
                ("$id", document.Id), ("$source", meta.Source), ("$url", meta.Url), ("$title", meta.Title),
                ("$published", Date(meta.Published)), ("$published_inferred", meta.PublishedInferred ? 1 : 0),
                ("$authors", JsonSerializer.Serialize(meta.Authors)), ("$language", meta.Language), ("$text", document.Text),
                ("$captions", JsonSerializer.Serialize(meta.Captions, LayerJson.Options)),
                ("$duplicate_of", duplicates?.GetValueOrDefault(document.Id) ?? document.DuplicateOf),
                ("$origin", meta.Origin), ("$ingested_at", now),
                ("$credits", JsonSerializer.Serialize(meta.Credits, LayerJson.Options)), ("$removed", JsonSerializer.Serialize(document.Removed, LayerJson.Options)));
            insert.ExecuteNonQuery();
            if (document.Raw is { } input && prepared.RawGzip is { } content)
            {
                Bind(raw, ("$id", document.Id), ("$format", input.Format), ("$content", content));
                raw.ExecuteNonQuery();
            }

            foreach (var (name, json) in prepared.Layers)
            {
                Bind(layer, ("$id", document.Id), ("$name", name), ("$json", json));
                layer.ExecuteNonQuery();
            }

            foreach (var e in prepared.Events)
            {
                Bind(eventRow, ("$id", e.Id), ("$doc", document.Id), ("$ordinal", e.Ordinal), ("$source", e.SourceCode), ("$target", e.TargetCode),
                    ("$cameo", e.Cameo), ("$plover", e.Plover), ("$quad", e.QuadClass), ("$goldstein", e.Goldstein), ("$date", e.EventDate),
                    ("$modality", e.Modality), ("$cluster", e.ClusterId), ("$evidence", e.Evidence), ("$json", e.Json));
                eventRow.ExecuteNonQuery();
            }

            foreach (var q in prepared.Quotes)
            {
                Bind(quoteRow, ("$doc", document.Id), ("$ordinal", q.Ordinal), ("$code", q.SpeakerCode), ("$text", q.SpeakerText), ("$json", q.Json));
                quoteRow.ExecuteNonQuery();
            }

            outcomes[i] = WriteOutcome.Stored;
        }

        foreach (var item in problems)
        {
            Bind(problem, ("$origin", item.Origin), ("$line", item.Line), ("$reason", item.Reason),
                ("$kind", item.Kind.ToString().ToLowerInvariant()), ("$seen_at", now));
            problem.ExecuteNonQuery();
        }

        transaction.Commit();
        return outcomes;
    }

    /// <summary>
    /// The most recently ingested original documents (not themselves duplicates), newest first: what a
    /// new run's near-duplicate detection compares against.
    /// </summary>
    public IEnumerable<(string Id, string Text, DateOnly? Published)> RecentOriginals(int limit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, text, published FROM documents WHERE duplicate_of IS NULL ORDER BY rowid DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The most recent stored events with what clustering compares (cluster, code, actors, date, place).</summary>
    public IEnumerable<(string Cluster, string? Cameo, string? Source, string? Target, string? Date, string? Place)> RecentEvents(int limit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT cluster_id, cameo, source_code, target_code, event_date, json_extract(json, '$.location.name')
            FROM events WHERE cluster_id IS NOT NULL AND target_code IS NOT NULL
            ORDER BY event_date DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            yield return (reader.GetString(0), Text(1), Text(2), Text(3), Text(4), Text(5));
        }
    }

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
