namespace Parley.Time;

internal readonly record struct NormalizedValue(TimexType Type, string Value, bool Resolved, TimexPrecision Precision, string? EndValue = null);
