using System.Text.Json.Serialization;
using Parley.Model;

namespace Parley.Time;

/// <summary>
/// A time expression found in a text: half-open character offsets <c>[Start, End)</c> into that text,
/// its TimeML type and value. <see cref="EndValue"/> is set for ranges ("Feb. 27-28", "1950-53"),
/// whose <see cref="Value"/> is the start. <see cref="Resolved"/> is false when the value needed a
/// reference date that was not given (it then carries X placeholders instead of a guess).
/// <see cref="Mod"/> is the TimeML mod attribute (START, END, MID, APPROX, LESS_THAN, MORE_THAN) or null.
/// </summary>
public sealed record Timex(
    int Start,
    int End,
    string Text,
    [property: JsonIgnore] TimexType Type,
    string Value,
    bool Resolved,
    TimexPrecision Precision,
    string? EndValue = null,
    string? Mod = null) : IAnnotation
{
    [JsonIgnore]
    public Span Span => new(Start, End);

    /// <summary>The TimeML spelling of <see cref="Type"/>: DATE, TIME, DURATION or SET.</summary>
    [JsonPropertyName("type")]
    public string TypeName => Type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };
}
