namespace Parley.Time;

/// <summary>
/// Finds and normalizes the time expressions of one text against its reference (publication) date.
/// Thread-safe: all per-text state lives in the call.
/// </summary>
public sealed class TimexTagger
{
    private readonly TimexFinder finder;

    public TimexTagger()
        : this(new TimexFinder())
    {
    }

    public TimexTagger(TimexFinder finder)
    {
        this.finder = finder;
    }

    /// <summary>
    /// The time expressions of <paramref name="text"/> in text order. Expressions whose value depends
    /// on <paramref name="referenceDate"/> come out with Resolved = false when it is null.
    /// </summary>
    public IReadOnlyList<Timex> Tag(string text, DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var view = new TokenView(text, TimeTokenizer.Tokenize(text), finder.Lexicon);
        var matches = finder.FindMatches(view);
        var normalizer = new TimexNormalizer(referenceDate);
        var result = new List<Timex>(matches.Count);
        foreach (var m in matches)
        {
            var tense = TenseReader.Read(view, m.StartToken, m.EndToken);
            var n = normalizer.Normalize(m.Parse, tense);
            var start = view[m.StartToken].Start;
            var end = view[m.EndToken - 1].End;
            result.Add(new Timex(start, end, text[start..end], n.Type, n.Value, n.Resolved, n.Precision, n.EndValue, m.Parse.Mod));
        }

        return result;
    }
}
