using Parley.Model;

namespace Parley.Quotes;

/// <summary>
/// An attribution phrase found in a sentence: its tokens <c>[First, End)</c>, what kind it is and
/// the speaker it names (null when none could be read). <see cref="SubjectInherited"/> marks a
/// speaker taken from an earlier cue of the sentence ("Trump said … and added: …").
/// <see cref="Closing"/> marks a cue that closes its sentence after a comma ("…, KCNA said."), the
/// way a relaying medium is named after the words it relays.
/// </summary>
internal readonly record struct AttributionCue(int First, int End, CueKind Kind, Span Verb, Span? Speaker, bool SubjectInherited, bool Closing = false);
