using System.Text.Json.Serialization;
using Parley.Entities;
using Parley.Model;

namespace Parley.Stances;

/// <summary>
/// A position an actor states on an issue, as the output contract's stance record: who
/// (<see cref="Actor"/>) takes which <see cref="Position"/> ("maintain", "ease", "commit") on which
/// <see cref="Issue"/> ("sanctions:PRK"), on which condition, when, and the sentence that says so.
/// <see cref="Span"/> covers the words from the issue to the position cue.
/// </summary>
public sealed record Stance(
    [property: JsonIgnore] Span Span,
    string Id,
    string DocId,
    int SentenceIndex,
    Actor Actor,
    string Issue,
    string Position,
    string? Condition,
    string? Date,
    string Evidence,
    int CharStart,
    int CharEnd) : IAnnotation;
