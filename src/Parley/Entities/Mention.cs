using Parley.Model;

namespace Parley.Entities;

/// <summary>
/// A mention of an entity in the clean text. Mentions that corefer share <see cref="Entity"/>, a
/// per-document number. <see cref="Actor"/> is the CAMEO actor the mention resolves to on the
/// document's date, or null when it is not a political actor Parley knows.
/// </summary>
public sealed record Mention(Span Span, MentionType Type, MentionForm Form, int Entity, Actor? Actor) : IAnnotation
{
    /// <summary>The name's own words within <see cref="Span"/> ("Moon Jae-in" in "South Korean President Moon Jae-in").</summary>
    public Span Head { get; init; }
}
