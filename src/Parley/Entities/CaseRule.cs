namespace Parley.Entities;

/// <summary>How the case of a text token must agree with a dictionary token.</summary>
public enum CaseRule : byte
{
    /// <summary>Function words and agent words ("the", "president"): any case.</summary>
    Any,

    /// <summary>Names ("Moon"): the text must start with a capital ("MOON" in a dateline is fine).</summary>
    Capitalized,

    /// <summary>Acronyms ("US", "UN", "WHO"): every letter in the text must be a capital.</summary>
    AllCapitals,
}
