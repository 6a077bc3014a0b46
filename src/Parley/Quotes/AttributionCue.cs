using Parley.Model;

namespace Parley.Quotes;

/// <summary>
/// An attribution phrase found in a sentence: its tokens <c>[First, End)</c>, what kind it is and
/// the speaker it names (null when none could be read). <see cref="SubjectInherited"/> marks a
/// speaker taken from an earlier cue of the sentence ("Trump said … and added: …").
/// <see cref="AfterComma"/> marks a cue whose phrase (speaker and verb) follows a comma, as a
/// closing attribution does ("…, KCNA said").
/// </summary>
internal readonly record struct AttributionCue(int First, int End, CueKind Kind, Span Verb, Span? Speaker, bool SubjectInherited, bool AfterComma = false);
