using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Model;

namespace Parley.Store;

/// <summary>Read-only queries over a store: documents, their layers, full-text search.</summary>
public sealed class DocumentQueries : IDisposable
{
    private const string DocumentColumns =
        "d.id, d.source, d.url, d.title, d.published, d.published_inferred, d.authors, d.language, d.text, d.captions, d.duplicate_of, d.origin, d.credits, d.removed";

    private readonly SqliteConnection _connection;

    public DocumentQueries(string databasePath) => _connection = ParleyDatabase.OpenForReading(databasePath);

    public long CountDocuments() => Convert.ToInt64(Scalar("SELECT count(*) FROM documents"), CultureInfo.InvariantCulture);

    /// <summary>Documents by publication date (undated first), then id, for stable paging along an index.</summary>
    public IReadOnlyList<Document> ListDocuments(int limit, int offset = 0)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DocumentColumns} FROM documents d
            ORDER BY d.published, d.id LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        return ReadDocuments(command);
    }

    /// <summary>The most recently published documents, newest first.</summary>
    public IReadOnlyList<Document> LatestDocuments(int limit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns} FROM documents d ORDER BY d.published DESC, d.id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        return ReadDocuments(command);
    }

    /// <summary>Finds a document by its id or an unambiguous prefix of it (at least 4 characters).</summary>
    public (Document? Document, string? Error) FindDocument(string idOrPrefix)
    {
        if (idOrPrefix.Length < 4)
        {
            return (null, "give at least 4 characters of the document id");
        }

        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns} FROM documents d WHERE d.id >= $prefix AND d.id < $next ORDER BY d.id LIMIT 2";
        command.Parameters.AddWithValue("$prefix", idOrPrefix);
        command.Parameters.AddWithValue("$next", idOrPrefix + "\uffff");
        var found = ReadDocuments(command);
        return found.Count switch
        {
            0 => (null, $"no document with id '{idOrPrefix}'"),
            1 => (found[0], null),
            _ => (null, $"'{idOrPrefix}' is the start of several ids; give more characters"),
        };
    }

    /// <summary>The stored layers of a document, by name, as JSON arrays in the stand-off shape.</summary>
    public IReadOnlyDictionary<string, JsonElement> Layers(string documentId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name, json FROM layers WHERE doc_id = $id ORDER BY name";
        command.Parameters.AddWithValue("$id", documentId);
        using var reader = command.ExecuteReader();
        var layers = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        while (reader.Read())
        {
            using var json = JsonDocument.Parse(reader.GetString(1));
            layers[reader.GetString(0)] = json.RootElement.Clone();
        }

        return layers;
    }

    /// <summary>
    /// Every document that has the layer <paramref name="layerName"/>, with that layer, by
    /// publication date (undated first) then id, along the date index; streamed, so memory stays flat.
    /// </summary>
    public IEnumerable<(Document Document, JsonElement Layer)> DocumentsWithLayer(string layerName)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DocumentColumns}, l.json FROM documents d JOIN layers l ON l.doc_id = d.id AND l.name = $name
            ORDER BY d.published, d.id
            """;
        command.Parameters.AddWithValue("$name", layerName);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            using var json = JsonDocument.Parse(reader.GetString(reader.FieldCount - 1)); // the layer follows the document columns
            yield return (ReadDocument(reader), json.RootElement.Clone());
        }
    }

    /// <summary>
    /// Full-text search over titles and texts, best first. The query is FTS5 syntax (words, "phrases",
    /// AND/OR/NOT, prefix*); a query that is not valid syntax is searched as plain words instead.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        try
        {
            return RunSearch(query, limit);
        }
        catch (SqliteException)
        {
            var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            var quoted = string.Join(' ', words);
            return quoted.Length == 0 ? [] : RunSearch(quoted, limit);
        }
    }

    public void Dispose() => _connection.Dispose();

    private List<SearchHit> RunSearch(string query, int limit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DocumentColumns}, bm25(documents_fts, 2.0, 1.0) AS score,
                   snippet(documents_fts, 1, char(2), char(3), '…', 16) AS snippet
            FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
            WHERE documents_fts MATCH $query
            ORDER BY score LIMIT $limit
            """;
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(ReadDocument(reader), reader.GetDouble(14), reader.GetString(15)));
        }

        return hits;
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<Document> ReadDocuments(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var documents = new List<Document>();
        while (reader.Read())
        {
            documents.Add(ReadDocument(reader));
        }

        return documents;
    }

    private static Document ReadDocument(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Metadata = new DocumentMetadata
        {
            Source = NullableString(reader, 1),
            Url = NullableString(reader, 2),
            Title = NullableString(reader, 3),
            Published = NullableString(reader, 4) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            PublishedInferred = reader.GetInt64(5) != 0,
            Authors = JsonSerializer.Deserialize<string[]>(reader.GetString(6)) ?? [],
            Language = NullableString(reader, 7),
            Captions = JsonSerializer.Deserialize<Caption[]>(reader.GetString(9), LayerJson.Options) ?? [],
            Origin = NullableString(reader, 11),
            Credits = JsonSerializer.Deserialize<Credit[]>(reader.GetString(12), LayerJson.Options) ?? [],
        },
        Removed = JsonSerializer.Deserialize<RemovedText[]>(reader.GetString(13), LayerJson.Options) ?? [],
        Text = reader.GetString(8),
        DuplicateOf = NullableString(reader, 10),
    };

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
