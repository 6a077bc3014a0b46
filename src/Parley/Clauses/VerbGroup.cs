namespace Parley.Clauses;

/// <summary>A verb group found in a tagged sentence: word indexes <c>[Start, End)</c>, its main verb and what the auxiliaries say.</summary>
internal readonly record struct VerbGroup(int Start, int End, int Main, string Lemma, bool Negated, string? Modal, Tense Tense, bool Passive, bool Infinitive);
