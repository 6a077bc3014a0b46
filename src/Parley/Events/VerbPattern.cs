namespace Parley.Events;

/// <summary>
/// A verb pattern: the verb's lemma, whether it applies to negated clauses, the words that must
/// follow the verb in order (gaps allowed; "&amp;name" for a synonym set) and the CAMEO code
/// ("---" for no event). <see cref="Curated"/> patterns (Parley's own file) win ties. A
/// <see cref="LightVerb"/> pattern ("stage" + "hunger strike") codes the act its object names, so its
/// words must head the verb's object, not sit anywhere after it.
/// </summary>
public sealed record VerbPattern(string Verb, bool Negated, IReadOnlyList<string> Words, string Code, bool Curated, bool LightVerb = false)
{
    public const string NoEvent = "---";
}
