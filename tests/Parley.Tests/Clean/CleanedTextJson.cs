using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Clean;

namespace Parley.Tests.Clean;

/// <summary>The golden-file shape of a cleaning result: readable, one paragraph per array entry.</summary>
public static class CleanedTextJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(CleanedText cleaned)
    {
        var root = new JsonObject
        {
            ["title"] = cleaned.Title,
            ["paragraphs"] = new JsonArray([.. cleaned.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => JsonValue.Create(p))]),
            ["captions"] = new JsonArray([.. cleaned.Captions.Select(c => new JsonObject { ["text"] = c.Text, ["credit"] = c.Credit })]),
            ["credits"] = new JsonArray([.. cleaned.Credits.People.Select(p => new JsonObject
            {
                ["name"] = p.Name,
                ["role"] = p.Role.ToString(),
                ["place"] = p.Place,
            })]),
            ["removed"] = new JsonArray([.. cleaned.Removed.Select(r => new JsonObject { ["kind"] = r.Kind.ToString(), ["text"] = r.Text })]),
        };
        return root.ToJsonString(Options).ReplaceLineEndings("\n") + "\n";
    }
}
