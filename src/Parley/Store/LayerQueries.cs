using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Parley.Store;

/// <summary>
/// Reads annotations of one layer across all documents (every quote, every event…), newest
/// documents first, with the document id and date added to each item. Uses SQLite's JSON
/// functions so only the requested page is materialized.
/// </summary>
public sealed class LayerQueries : IDisposable
{
    private readonly SqliteConnection _connection;

    public LayerQueries(string databasePath) => _connection = ParleyDatabase.OpenForReading(databasePath);

    /// <summary>
    /// A page of a layer's items. <paramref name="textFilter"/>, when given, keeps items whose JSON
    /// contains it (case-insensitive), e.g. a speaker's name.
    /// </summary>
    public IReadOnlyList<JsonObject> Items(string layer, int limit, int offset, string? textFilter = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT l.doc_id, d.published, j.value
            FROM layers l JOIN documents d ON d.id = l.doc_id, json_each(l.json) j
            WHERE l.name = $layer AND ($filter IS NULL OR instr(lower(j.value), lower($filter)) > 0)
            ORDER BY d.published IS NULL, d.published DESC, l.doc_id, j.key
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$layer", layer);
        command.Parameters.AddWithValue("$filter", (object?)textFilter ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        using var reader = command.ExecuteReader();
        var items = new List<JsonObject>();
        while (reader.Read())
        {
            var item = JsonNode.Parse(reader.GetString(2))!.AsObject();
            item["doc_id"] = reader.GetString(0);
            item["published"] = reader.IsDBNull(1) ? null : reader.GetString(1);
            items.Add(item);
        }

        return items;
    }

    /// <summary>How many items a layer holds across the store.</summary>
    public long Count(string layer)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT coalesce(sum(json_array_length(json)), 0) FROM layers WHERE name = $layer";
        command.Parameters.AddWithValue("$layer", layer);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Corpus figures for an overview: documents, first and last publication date.</summary>
    public (long Documents, string? First, string? Last) Span()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*), min(published), max(published) FROM documents";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    public void Dispose() => _connection.Dispose();
}
