using System.Text.Json;

namespace Parley.Store;

/// <summary>A quote's indexed columns, taken from its stored JSON (see migration 0003).</summary>
public sealed record QuoteRow(int Ordinal, string? SpeakerCode, string? SpeakerText, string Json)
{
    public static IReadOnlyList<QuoteRow> FromLayer(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select((q, i) =>
            new QuoteRow(i, EventRow.Code(q, "speaker"), EventRow.Text(q, "speaker_text"), q.GetRawText()))];
    }
}
