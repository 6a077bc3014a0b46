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
            ORDER BY d.published DESC, l.doc_id, j.key
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$layer", layer);
        command.Parameters.AddWithValue("$filter", (object?)textFilter ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        return [.. ReadItems(command)];
    }

    /// <summary>
    /// Events matching <paramref name="filter"/>, by event date. Near-duplicate documents are left
    /// out so a syndicated story counts once.
    /// </summary>
    public IReadOnlyList<JsonObject> Events(EventFilter filter, int limit, int offset = 0) => [.. StreamEvents(filter, limit, offset)];

    /// <summary>The same events read one at a time as they are consumed, so listing every event of a large store keeps memory flat.</summary>
    public IEnumerable<JsonObject> StreamEvents(EventFilter filter, int limit = int.MaxValue, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var command = _connection.CreateCommand();
        var where = new List<string> { "d.duplicate_of IS NULL" };

        // Codes are upper-case ASCII, so a prefix is the range [prefix, prefix + '~'): an index range, unlike LIKE.
        static string Prefix(string column, string parameter) => $"({column} >= {parameter} AND {column} < {parameter} || '~')";
        if (filter.Actor is { } actor)
        {
            where.Add($"({Prefix("e.source_code", "$actor")} OR {Prefix("e.target_code", "$actor")})");
            command.Parameters.AddWithValue("$actor", actor);
        }

        if (filter.Dyad is var (a, b))
        {
            where.Add($"(({Prefix("e.source_code", "$a")} AND {Prefix("e.target_code", "$b")}) OR ({Prefix("e.source_code", "$b")} AND {Prefix("e.target_code", "$a")}))");
            command.Parameters.AddWithValue("$a", a);
            command.Parameters.AddWithValue("$b", b);
        }

        Add(where, command, filter.Code, Prefix("e.cameo", "$code"), "$code");
        Add(where, command, filter.Plover, "e.plover = $plover", "$plover");
        Add(where, command, filter.Modality, "e.modality = $modality", "$modality");
        // A period ("2019-02") that contains the start date counts as on or after it.
        Add(where, command, filter.From, "(e.event_date >= $from OR substr($from, 1, length(e.event_date)) = e.event_date)", "$from");
        Add(where, command, filter.To, "substr(e.event_date, 1, length($to)) <= $to", "$to");
        Add(where, command, filter.Cluster, "e.cluster_id = $cluster", "$cluster");
        Add(where, command, filter.Text, "instr(lower(e.evidence), lower($text)) > 0", "$text");
        command.CommandText = $"""
            SELECT e.doc_id, d.published, e.json, d.url
            FROM events e JOIN documents d ON d.id = e.doc_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY e.event_date, e.doc_id, e.ordinal
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        foreach (var item in ReadItems(command))
        {
            yield return item;
        }
    }

    /// <summary>
    /// Real-world events: one row per cluster (the first mention's JSON, by event date), with how
    /// many mentions, articles and sources report it; newest first, optionally for one actor.
    /// </summary>
    public IReadOnlyList<(JsonObject First, long Mentions, long Articles, long Sources)> Clusters(string? actor, int limit, int offset = 0)
    {
        using var command = _connection.CreateCommand();
        var where = actor is null ? string.Empty : "AND ((e.source_code >= $actor AND e.source_code < $actor || '~') OR (e.target_code >= $actor AND e.target_code < $actor || '~'))";
        command.CommandText = $"""
            SELECT min(e.doc_id), min(d.published), (SELECT json FROM events f WHERE f.cluster_id = e.cluster_id ORDER BY f.event_date, f.doc_id, f.ordinal LIMIT 1),
                   count(*), count(DISTINCT e.doc_id), count(DISTINCT coalesce(d.source, e.doc_id)), max(e.event_date) AS latest
            FROM events e JOIN documents d ON d.id = e.doc_id
            WHERE e.cluster_id IS NOT NULL {where}
            GROUP BY e.cluster_id
            ORDER BY latest DESC, e.cluster_id
            LIMIT $limit OFFSET $offset
            """;
        if (actor is not null)
        {
            command.Parameters.AddWithValue("$actor", actor);
        }

        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        using var reader = command.ExecuteReader();
        var clusters = new List<(JsonObject, long, long, long)>();
        while (reader.Read())
        {
            var first = JsonNode.Parse(reader.GetString(2))!.AsObject();
            first["doc_id"] ??= reader.GetString(0);
            clusters.Add((first, reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
        }

        return clusters;
    }

    /// <summary>Quotes, newest documents first; by speaker code prefix and/or text in the quote or its speaker.</summary>
    public IReadOnlyList<JsonObject> Quotes(string? speakerCode, string? text, int limit, int offset = 0)
    {
        using var command = _connection.CreateCommand();
        var where = new List<string> { "1 = 1" };
        Add(where, command, speakerCode, "(q.speaker_code >= $code AND q.speaker_code < $code || '~')", "$code");
        Add(where, command, text, "instr(lower(q.json), lower($text)) > 0", "$text");
        command.CommandText = $"""
            SELECT q.doc_id, d.published, q.json
            FROM documents d CROSS JOIN quotes q ON q.doc_id = d.id
            WHERE {string.Join(" AND ", where)}
            ORDER BY d.published DESC, d.id, q.ordinal
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        return [.. ReadItems(command)];
    }

    private static IEnumerable<JsonObject> ReadItems(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var item = JsonNode.Parse(reader.GetString(2))!.AsObject();
            item["doc_id"] = reader.GetString(0);
            item["published"] = reader.IsDBNull(1) ? null : reader.GetString(1);
            if (reader.FieldCount > 3)
            {
                item["source_url"] = reader.IsDBNull(3) ? null : reader.GetString(3);
            }

            yield return item;
        }
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
        // Two grouped scans of the actor indexes; names are looked up for the top codes only.
        using var command = _connection.CreateCommand();
        command.CommandText = """
            WITH sides AS (
                SELECT source_code AS code, count(*) AS s, 0 AS t FROM events WHERE source_code IS NOT NULL GROUP BY source_code
                UNION ALL
                SELECT target_code, 0, count(*) FROM events WHERE target_code IS NOT NULL GROUP BY target_code),
            top AS (SELECT code, sum(s) AS s, sum(t) AS t FROM sides GROUP BY code ORDER BY sum(s) + sum(t) DESC, code LIMIT $limit)
            SELECT code,
                   coalesce((SELECT json_extract(json, '$.source.name') FROM events WHERE source_code = top.code LIMIT 1),
                            (SELECT json_extract(json, '$.target.name') FROM events WHERE target_code = top.code LIMIT 1)),
                   s, t
            FROM top ORDER BY s + t DESC, code
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

    /// <summary>Rows of an indexed table ("events", "quotes") or near-duplicate documents ("duplicates").</summary>
    public long CountRows(string what)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = what switch
        {
            "events" => "SELECT count(*) FROM events",
            "quotes" => "SELECT count(*) FROM quotes",
            "duplicates" => "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL",
            _ => throw new ArgumentOutOfRangeException(nameof(what), what, "events, quotes or duplicates"),
        };
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
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
