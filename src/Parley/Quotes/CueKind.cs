namespace Parley.Quotes;

/// <summary>What an attribution cue is and what may follow it as reported speech.</summary>
internal enum CueKind : byte
{
    /// <summary>A speech verb whose reported clause may drop "that" ("said the US wants …").</summary>
    SpeechClause,

    /// <summary>A speech verb that reports only an explicit that-clause ("warned that …").</summary>
    SpeechThat,

    /// <summary>A speech verb with a listener before its clause ("told Reuters that …").</summary>
    SpeechObject,

    /// <summary>A speech verb that only attributes direct quotes ("asked").</summary>
    SpeechOnly,

    /// <summary>A phrase naming the source after it ("according to KCNA").</summary>
    Source,
}
