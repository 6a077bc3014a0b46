using System.Text.Json.Serialization;
using Parley.Entities;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// A CAMEO-coded event with its evidence, as the output contract's event record: who
/// (<see cref="Source"/>) did what (<see cref="Cameo"/>) to whom (<see cref="Target"/>), when,
/// where, with which modality and condition. <see cref="Span"/> covers the clause it came from;
/// <see cref="Id"/> is stable for the same document text.
/// </summary>
public sealed record CodedEvent(
    [property: JsonIgnore] Span Span,
    string Id,
    string DocId,
    int SentenceIndex,
    int CharStart,
    int CharEnd,
    string Evidence,
    Actor Source,
    Actor? Target,
    string Cameo,
    string CameoRoot,
    string? Plover,
    double Goldstein,
    int QuadClass,
    string EventDate,
    string DatePrecision,
    bool DateFromText,
    EventLocation? Location,
    string Modality,
    string? Condition,
    double Confidence,
    string? ClusterId) : IAnnotation;
