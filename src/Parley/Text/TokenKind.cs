namespace Parley.Text;

public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner hyphens or apostrophes ("Jae-in", "step-by-step").</summary>
    Word,

    /// <summary>A word ending in its abbreviation period ("U.S.", "Feb.", "Gov.").</summary>
    Abbreviation,

    /// <summary>Digits with separators, decimals or a range ("2,700", "3.5", "1950-53", "27-28").</summary>
    Number,

    /// <summary>A clitic split from its word: "'s", "n't", "'ll", "'re", "'ve", "'d", "'m".</summary>
    Clitic,

    /// <summary>A quotation mark, straight or curly.</summary>
    Quote,

    Punctuation,

    /// <summary>Currency and other symbols ("$", "₹", "%", "&amp;").</summary>
    Symbol,

    /// <summary>A URL, e-mail address or handle, kept whole.</summary>
    Link,
}
