namespace Parley.Evaluation;

/// <summary>A gold TIMEX3 of a TimeML document: offsets into the document's plain text.</summary>
public sealed record TimeMlTimex(int Start, int End, string Text, string Type, string Value);
