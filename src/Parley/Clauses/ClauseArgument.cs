using Parley.Model;

namespace Parley.Clauses;

/// <summary>
/// A prepositional argument of a clause: the preposition ("with") and its phrase's span (without the preposition), and whether
/// the phrase opens with a gerund ("by changing the name of its account", "of trying to deceive").
/// </summary>
public sealed record ClauseArgument(string Preposition, Span Span, bool Gerund = false)
{
    /// <summary>
    /// A "by" phrase that can name a doer ("was accused by critics"); one that opens with a gerund says how something was done
    /// ("was accused of deceiving voters by changing the name of its account") and names none.
    /// </summary>
    public bool IsAgentPhrase => Preposition == "by" && !Gerund;
}
