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

    /// <summary>
    /// Events matching <paramref name="filter"/>, by event date. Near-duplicate documents are left
    /// out so a syndicated story counts once.
    /// </summary>
    public IReadOnlyList<JsonObject> Events(EventFilter filter, int limit, int offset = 0)
    {
        using var command = _connection.CreateCommand();
        var where = new List<string> { "l.name = 'events'", "d.duplicate_of IS NULL" };
        const string source = "json_extract(j.value, '$.source.code')";
        const string target = "json_extract(j.value, '$.target.code')";
        if (filter.Actor is { } actor)
        {
            where.Add($"({source} LIKE $actor || '%' OR {target} LIKE $actor || '%')");
            command.Parameters.AddWithValue("$actor", actor);
        }

        if (filter.Dyad is var (a, b))
        {
            where.Add($"(({source} LIKE $a || '%' AND {target} LIKE $b || '%') OR ({source} LIKE $b || '%' AND {target} LIKE $a || '%'))");
            command.Parameters.AddWithValue("$a", a);
            command.Parameters.AddWithValue("$b", b);
        }

        Add(where, command, filter.Code, "json_extract(j.value, '$.cameo') LIKE $code || '%'", "$code");
        Add(where, command, filter.Plover, "json_extract(j.value, '$.plover') = $plover", "$plover");
        Add(where, command, filter.Modality, "json_extract(j.value, '$.modality') = $modality", "$modality");
        Add(where, command, filter.From, "json_extract(j.value, '$.event_date') >= $from", "$from");
        Add(where, command, filter.To, "substr(json_extract(j.value, '$.event_date'), 1, length($to)) <= $to", "$to");
        Add(where, command, filter.Cluster, "json_extract(j.value, '$.cluster_id') = $cluster", "$cluster");
        Add(where, command, filter.Text, "instr(lower(json_extract(j.value, '$.evidence')), lower($text)) > 0", "$text");
        command.CommandText = $"""
            SELECT l.doc_id, d.published, j.value
            FROM layers l JOIN documents d ON d.id = l.doc_id, json_each(l.json) j
            WHERE {string.Join(" AND ", where)}
            ORDER BY json_extract(j.value, '$.event_date'), l.doc_id, j.key
            LIMIT $limit OFFSET $offset
            """;
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

    private static void Add(List<string> where, SqliteCommand command, string? value, string clause, string name)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            where.Add(clause);
            command.Parameters.AddWithValue(name, value.Trim());
        }
    }

    /// <summary>Actor codes that appear in events, with how often each is source and target, most frequent first.</summary>
    public IReadOnlyList<(string Code, string? Name, long AsSource, long AsTarget)> Actors(int limit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            WITH sides AS (
                SELECT json_extract(j.value, '$.source.code') AS code, json_extract(j.value, '$.source.name') AS name, 1 AS s, 0 AS t
                FROM layers l JOIN documents d ON d.id = l.doc_id, json_each(l.json) j WHERE l.name = 'events' AND d.duplicate_of IS NULL
                UNION ALL
                SELECT json_extract(j.value, '$.target.code'), json_extract(j.value, '$.target.name'), 0, 1
                FROM layers l JOIN documents d ON d.id = l.doc_id, json_each(l.json) j WHERE l.name = 'events' AND d.duplicate_of IS NULL)
            SELECT code, max(name), sum(s), sum(t) FROM sides WHERE code IS NOT NULL
            GROUP BY code ORDER BY sum(s) + sum(t) DESC, code LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var actors = new List<(string, string?, long, long)>();
        while (reader.Read())
        {
            actors.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        return actors;
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
