namespace Parley.Time;

/// <summary>A multi-word phrase with a fixed meaning: a fuzzy reference or a fixed-date holiday.</summary>
internal sealed record FixedPhrase(string[] Words, TimexType Type, string Value, bool IsHoliday);
