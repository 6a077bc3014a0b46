namespace Parley.Clean;

/// <summary>One row of boilerplate-cues.tsv; <see cref="Phrase"/> is folded (lower case, plain apostrophes).</summary>
internal sealed record BoilerplateCue(BoilerplateKind Kind, CueScope Scope, CuePosition Position, string Phrase)
{
    public bool Matches(string folded) => Position switch
    {
        CuePosition.Start => CueText.StartsWithPhrase(folded, Phrase),
        CuePosition.Anywhere => CueText.ContainsPhrase(folded, Phrase),
        _ => CueText.IsPhrase(folded, Phrase),
    };
}
