using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Model;
using Parley.Read;

namespace Parley.Store;

/// <summary>
/// The single writer of a store: writes documents, their raw input and layers in transactions of
/// many documents each. A document whose id is stored already is not written again, except that
/// metadata it lacked (a publication date given on a later run) is filled in. Documents can be
/// written one by one as they arrive (<see cref="Add"/> opens a transaction when none is open,
/// <see cref="Commit"/> ends it), so none waits in memory for its batch, or a list at a time. Statements are prepared once per
/// writer. Not thread-safe: one writer per store.
/// </summary>
public sealed class DocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _exists;
    private readonly SqliteCommand _fill;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _raw;
    private readonly SqliteCommand _layer;
    private readonly SqliteCommand _eventRow;
    private readonly SqliteCommand _quoteRow;
    private readonly SqliteCommand _problem;
    private SqliteTransaction? _transaction;
    private string _now = "";

    public DocumentWriter(string databasePath)
    {
        _connection = ParleyDatabase.OpenForWriting(databasePath);
        _exists = Command("SELECT 1 FROM documents WHERE id = $id", "$id");
        _fill = Command("""
            UPDATE documents SET
                published = COALESCE(published, $published),
                published_inferred = CASE WHEN published IS NULL THEN $published_inferred ELSE published_inferred END,
                source = COALESCE(source, $source), url = COALESCE(url, $url), title = COALESCE(title, $title),
                language = COALESCE(language, $language)
            WHERE id = $id
            """, "$id", "$published", "$published_inferred", "$source", "$url", "$title", "$language");
        _insert = Command("""
            INSERT INTO documents (id, source, url, title, published, published_inferred, authors, language, text, captions, duplicate_of, origin, ingested_at, credits, removed)
            VALUES ($id, $source, $url, $title, $published, $published_inferred, $authors, $language, $text, $captions, $duplicate_of, $origin, $ingested_at, $credits, $removed)
            """, "$id", "$source", "$url", "$title", "$published", "$published_inferred", "$authors", "$language", "$text", "$captions", "$duplicate_of", "$origin", "$ingested_at", "$credits", "$removed");
        _raw = Command("INSERT INTO raw_inputs (doc_id, format, content) VALUES ($id, $format, $content)", "$id", "$format", "$content");
        _layer = Command("INSERT INTO layers (doc_id, name, json) VALUES ($id, $name, $json)", "$id", "$name", "$json");
        _eventRow = Command("""
            INSERT INTO events (id, doc_id, ordinal, source_code, target_code, cameo, plover, quad_class, goldstein, event_date, modality, cluster_id, evidence, json)
            VALUES ($id, $doc, $ordinal, $source, $target, $cameo, $plover, $quad, $goldstein, $date, $modality, $cluster, $evidence, $json)
            """, "$id", "$doc", "$ordinal", "$source", "$target", "$cameo", "$plover", "$quad", "$goldstein", "$date", "$modality", "$cluster", "$evidence", "$json");
        _quoteRow = Command("INSERT INTO quotes (doc_id, ordinal, speaker_code, speaker_text, json) VALUES ($doc, $ordinal, $code, $text, $json)", "$doc", "$ordinal", "$code", "$text", "$json");
        _problem = Command("INSERT INTO input_problems (origin, line, reason, kind, seen_at) VALUES ($origin, $line, $reason, $kind, $seen_at)", "$origin", "$line", "$reason", "$kind", "$seen_at");
    }

    /// <summary>Whether a transaction is open: something was added and not yet committed.</summary>
    public bool InTransaction => _transaction is not null;

    /// <param name="duplicates">Near-duplicate links found for this batch: document id to the id it repeats.</param>
    public IReadOnlyList<WriteOutcome> Write(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<InputProblem> problems, IReadOnlyDictionary<string, string>? duplicates = null) =>
        Write([.. documents.Select(PreparedDocument.From)], problems, duplicates);

    /// <param name="duplicates">Near-duplicate links found for this batch: document id to the id it repeats.</param>
    public IReadOnlyList<WriteOutcome> Write(IReadOnlyList<PreparedDocument> documents, IReadOnlyList<InputProblem> problems, IReadOnlyDictionary<string, string>? duplicates = null)
    {
        var outcomes = new WriteOutcome[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            outcomes[i] = Add(documents[i], duplicates?.GetValueOrDefault(documents[i].Document.Id));
        }

        foreach (var item in problems)
        {
            AddProblem(item);
        }

        Commit();
        return outcomes;
    }

    /// <summary>Opens the transaction the next documents are written in, unless one is open.</summary>
    private void EnsureTransaction()
    {
        if (_transaction is not null)
        {
            return;
        }

        _transaction = _connection.BeginTransaction();
        _now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        foreach (var command in Commands())
        {
            command.Transaction = _transaction;
        }
    }

    /// <summary>Writes one document in the open transaction (opening one when none is).</summary>
    /// <param name="duplicateOf">The id of the document it repeats (a near-duplicate link), if any.</param>
    public WriteOutcome Add(PreparedDocument prepared, string? duplicateOf = null)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        EnsureTransaction();
        var document = prepared.Document;
        var meta = document.Metadata;
        Bind(_exists, document.Id);
        if (_exists.ExecuteScalar() is not null)
        {
            Bind(_fill, document.Id, Date(meta.Published), meta.PublishedInferred ? 1 : 0, meta.Source, meta.Url, meta.Title, meta.Language);
            _fill.ExecuteNonQuery();
            return WriteOutcome.AlreadyStored;
        }

        Bind(_insert,
            document.Id, meta.Source, meta.Url, meta.Title, Date(meta.Published), meta.PublishedInferred ? 1 : 0,
            JsonSerializer.Serialize(meta.Authors), meta.Language, document.Text,
            JsonSerializer.Serialize(meta.Captions, LayerJson.Options),
            duplicateOf ?? document.DuplicateOf, meta.Origin, _now,
            JsonSerializer.Serialize(meta.Credits, LayerJson.Options), JsonSerializer.Serialize(document.Removed, LayerJson.Options));
        _insert.ExecuteNonQuery();
        if (document.Raw is { } input && prepared.RawGzip is { } content)
        {
            Bind(_raw, document.Id, input.Format, content);
            _raw.ExecuteNonQuery();
        }

        foreach (var (name, json) in prepared.Layers)
        {
            Bind(_layer, document.Id, name, json);
            _layer.ExecuteNonQuery();
        }

        foreach (var e in prepared.Events)
        {
            Bind(_eventRow, e.Id, document.Id, e.Ordinal, e.SourceCode, e.TargetCode, e.Cameo, e.Plover, e.QuadClass, e.Goldstein, e.EventDate,
                e.Modality, e.ClusterId, e.Evidence, e.Json);
            _eventRow.ExecuteNonQuery();
        }

        foreach (var q in prepared.Quotes)
        {
            Bind(_quoteRow, document.Id, q.Ordinal, q.SpeakerCode, q.SpeakerText, q.Json);
            _quoteRow.ExecuteNonQuery();
        }

        return WriteOutcome.Stored;
    }

    /// <summary>Records an input problem in the open transaction (opening one when none is).</summary>
    public void AddProblem(InputProblem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        EnsureTransaction();
        Bind(_problem, item.Origin, item.Line, item.Reason, item.Kind.ToString().ToLowerInvariant(), _now);
        _problem.ExecuteNonQuery();
    }

    /// <summary>Commits the open transaction, if any: everything added since the last commit is stored.</summary>
    public void Commit()
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
    }

    /// <summary>
    /// The most recently ingested original documents (not themselves duplicates), oldest first: what a
    /// new run's near-duplicate detection compares against. Streamed in store order, so priming never
    /// holds the texts at once.
    /// </summary>
    public IEnumerable<(string Id, string Text, DateOnly? Published)> RecentOriginals(int limit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT id, text, published FROM documents
            WHERE duplicate_of IS NULL AND rowid >= (SELECT min(rowid) FROM (SELECT rowid FROM documents WHERE duplicate_of IS NULL ORDER BY rowid DESC LIMIT $limit))
            ORDER BY rowid
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The most recent stored events with what clustering compares (cluster, code, actors, date,
    /// place) and the publication date of their document, which moves clustering's window.
    /// </summary>
    public IEnumerable<(string Cluster, string? Cameo, string? Source, string? Target, string? Date, string? Place, DateOnly? Published)> RecentEvents(int limit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT e.cluster_id, e.cameo, e.source_code, e.target_code, e.event_date, json_extract(e.json, '$.location.name'), d.published
            FROM events e JOIN documents d ON d.id = e.doc_id
            WHERE e.cluster_id IS NOT NULL AND e.target_code IS NOT NULL
            ORDER BY e.event_date DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            yield return (reader.GetString(0), Text(1), Text(2), Text(3), Text(4), Text(5),
                reader.IsDBNull(6) ? null : DateOnly.ParseExact(reader.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        foreach (var command in Commands())
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private SqliteCommand[] Commands() => [_exists, _fill, _insert, _raw, _layer, _eventRow, _quoteRow, _problem];

    /// <summary>A statement with its parameters made once; <see cref="Bind"/> sets their values in this order.</summary>
    private SqliteCommand Command(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
