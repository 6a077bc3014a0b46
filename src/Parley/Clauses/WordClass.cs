namespace Parley.Clauses;

/// <summary>The coarse word classes the clause analyzer reads a sentence with.</summary>
public enum WordClass : byte
{
    Noun,
    ProperNoun,
    Verb,
    Be,
    Have,
    Do,
    Modal,
    Negation,
    To,
    Determiner,
    Possessive,
    Pronoun,
    Preposition,
    Conjunction,
    That,
    Subordinator,
    Relative,
    Adverb,
    Number,
    Punctuation,
    Quote,
}
