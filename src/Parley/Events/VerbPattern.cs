namespace Parley.Events;

/// <summary>
/// A verb pattern: the verb's lemma, whether it applies to negated clauses, the words that must
/// follow the verb in order (gaps allowed; "&amp;name" for a synonym set) and the CAMEO code
/// ("---" for no event). <see cref="Curated"/> patterns (Parley's own file) win ties. A
/// <see cref="LightVerb"/> pattern ("stage" + "hunger strike") codes the act its object names, so its
/// words must head the verb's object, not sit anywhere after it. A <see cref="Received"/> pattern ("came under fire from")
/// is an act its subject undergoes: its doer is named in a "from", "by" or "of" phrase.
/// </summary>
public sealed record VerbPattern(string Verb, bool Negated, IReadOnlyList<string> Words, string Code, bool Curated, bool LightVerb = false, bool Received = false)
{
    public const string NoEvent = "---";
}
