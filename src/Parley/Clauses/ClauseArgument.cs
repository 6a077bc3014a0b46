using Parley.Model;

namespace Parley.Clauses;

/// <summary>A prepositional argument of a clause: the preposition ("with") and its phrase's span (without the preposition).</summary>
public sealed record ClauseArgument(string Preposition, Span Span);
