namespace Parley.Evaluation;

/// <summary>One time expression as the scorer sees it, from the gold standard or from a system.</summary>
public readonly record struct ScoredTimex(int Start, int End, string Type, string Value);
