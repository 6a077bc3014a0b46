using Parley.Clauses;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// The stretch of text a clause's verb pattern is matched against: the clause with the chain of
/// infinitives it governs ("threatened to try to cut off power to X"), and its words, lower case.
/// </summary>
internal sealed class ClauseExtents(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Clause> clauses, IReadOnlyList<Timex> timexes)
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> InfinitiveNouns =
        new(() => DataFiles.ReadWordLookup("events/infinitive-nouns.txt"));

    /// <summary>Nouns whose infinitive is an aim, not an act: <c>events/aim-nouns.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> AimNouns =
        new(() => DataFiles.ReadWordLookup("events/aim-nouns.txt"));

    /// <summary>"the lifting of sanctions on Iran": a head noun lies at most two prepositional phrases before the noun phrase found as subject.</summary>
    private const int MaxPrepositionHops = 2;

    /// <summary>
    /// The clause with the infinitives it governs, and the object of a verb of causation that the clause reader made the subject of
    /// the bare infinitive after it ("agreed to let [United Nations monitors] observe the elections": "let monitors" is the act).
    /// </summary>
    public Span ExtentOf(Clause clause)
    {
        var end = clause.Span.End;
        foreach (var i in GovernedInfinitives(clause, withNounComplements: false))
        {
            end = Math.Max(end, clauses[i].Span.End);
        }

        var next = clause.Index + 1;
        if (clause.DirectObject is null && ClauseLexicon.Default.TakesBareInfinitive(clause.Verb) && next < clauses.Count
            && clauses[next] is { Sentence: var sentence, Subject: { } caused, Modal: null } bare && sentence == clause.Sentence
            && caused.Start >= clause.Span.End && text.AsSpan(clause.Span.End, caused.Start - clause.Span.End).IsWhiteSpace()
            // The bare form alone, no auxiliary: "helped the relief effort and the prime minister has said" is two clauses.
            && bare.Predicate.Start == bare.VerbToken.Start && text.AsSpan(bare.VerbToken.Start, bare.VerbToken.Length).Equals(bare.Verb, StringComparison.Ordinal))
        {
            end = Math.Max(end, caused.End);
        }

        return new Span(clause.Span.Start, end);
    }

    /// <summary>
    /// The indexes of the infinitive clauses that hang on <paramref name="clause"/>, directly or through other infinitives;
    /// without <paramref name="withNounComplements"/>, not those that complete a noun ("the decision to send them back"),
    /// which are no part of the clause's act though they are coded with it.
    /// </summary>
    public IEnumerable<int> GovernedInfinitives(Clause clause, bool withNounComplements = true)
    {
        for (var i = clause.Index + 1; i < clauses.Count && clauses[i].Sentence == clause.Sentence; i++)
        {
            if (clauses[i].Kind == ClauseKind.Infinitive && Governs(clause.Index, clauses[i], withNounComplements))
            {
                yield return i;
            }
        }
    }

    /// <summary>
    /// The words a clause's verb pattern is matched against: those after its verb in <paramref name="extent"/>, and the word opening its
    /// complement. A passive's subject is its verb's object ("the treaty was signed by …", "sanctions were lifted"): given as
    /// <paramref name="passiveObject"/>, its words come first, where an active clause has its object.
    /// </summary>
    /// <remarks>
    /// The words stop before a governed infinitive that is negated: "urged its allies not to impose sanctions on Hungary" asks for
    /// no sanctions, so it matches no "urge sanctions on" (113).
    /// </remarks>
    /// <remarks>
    /// <paramref name="objectWords"/> is the range of the words that are the verb's object (a passive's subject, or the direct object
    /// right after an active verb), which a pattern's words may reach across: "handed over a former Rwandan mayor wanted for
    /// genocide to the tribunal".
    /// </remarks>
    public List<string> PatternWords(Clause clause, Span extent, Span? passiveObject, out (int From, int To) objectWords)
    {
        var words = passiveObject is { } subject ? WordsIn(subject) : [];
        objectWords = (0, words.Count);
        var after = new Span(clause.VerbToken.End, Math.Max(clause.VerbToken.End, NegatedInfinitiveStart(clause) ?? extent.End));
        if (TimeRightAfter(after.Start) is { } time)
        {
            // "demanded on Sunday that NATO halt …": the time phrase is no word of the pattern ("demand on" is an attack). The
            // clause may end inside it ("said on Monday it would …" leaves "Monday" to the complement).
            after = new Span(Math.Min(time.End, after.End), after.End);
        }

        if (passiveObject is null && clause.DirectObject is { } direct && direct.Start >= after.Start && direct.End <= after.End)
        {
            var from = FirstTokenAt(direct.Start) - FirstTokenAt(after.Start);
            objectWords = (from, from + WordsIn(direct).Count);
        }

        words.AddRange(WordsIn(after));
        AddComplementIntroducer(clause, words, objectWords.To);
        return words;
    }

    /// <summary>
    /// A phrase of time that follows the verb at once, with the preposition that opens it ("on Sunday", "in March 1995", "last week");
    /// null when the verb is followed by anything else.
    /// </summary>
    private Span? TimeRightAfter(int verbEnd)
    {
        var next = FirstTokenAt(verbEnd);
        if (next >= tokens.Count)
        {
            return null;
        }

        var start = tokens[next].In(text) is "on" or "in" or "at" or "during" or "early" or "late" && next + 1 < tokens.Count ? next + 1 : next;
        var at = tokens[start].Start;
        for (var t = FirstTimexFrom(at); t < timexes.Count && timexes[t].Start == at; t++)
        {
            if (timexes[t].Type is TimexType.Date or TimexType.Time)
            {
                return new Span(tokens[next].Start, timexes[t].End);
            }
        }

        return null;
    }

    /// <summary>The index of the first timex starting at or after <paramref name="offset"/> (the layer is in text order), by bisection.</summary>
    private int FirstTimexFrom(int offset)
    {
        var (low, high) = (0, timexes.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = timexes[middle].Start < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>Where the first negated infinitive the clause governs starts, with its negation ("not to impose …"); null when there is none.</summary>
    private int? NegatedInfinitiveStart(Clause clause)
    {
        foreach (var i in GovernedInfinitives(clause, withNounComplements: false))
        {
            if (clauses[i].Negated)
            {
                var to = FirstTokenAt(clauses[i].Span.Start);
                return to > 0 && tokens[to - 1].In(text) is "not" or "never" ? tokens[to - 1].Start : clauses[i].Span.Start;
            }
        }

        return null;
    }

    /// <summary>
    /// "warned on March 5 that …": the word that opens the clause's complement belongs to its pattern ("warn that" is 012, not 130).
    /// A verb of speech's phrase of the setting before it ("warned in a televised speech that", "said at a news conference that") is
    /// no word of the pattern: it would part "warn" from "that". Words before <paramref name="objectEnd"/> are the object's.
    /// </summary>
    private void AddComplementIntroducer(Clause clause, List<string> words, int objectEnd)
    {
        for (var i = clause.Index + 1; i < clauses.Count && clauses[i].Sentence == clause.Sentence; i++)
        {
            if (clauses[i].Parent == clause.Index && clauses[i].Kind == ClauseKind.Complement)
            {
                if (ClauseLexicon.Default.IsSpeechVerb(clause.Verb)
                    && words.FindIndex(objectEnd, w => w is "in" or "at" || ClauseLexicon.Default.IsCircumstancePreposition(w)) is var setting and >= 0)
                {
                    words.RemoveRange(setting, words.Count - setting);
                }

                // "warned war looms": a complement without its "that" reads as one with it.
                words.AddRange((clauses[i].Introducer is { Length: > 0 } introducer && introducer != "," ? introducer : "that").Split(' '));
                return;
            }
        }
    }

    /// <summary>
    /// The object of a passive clause: its subject, which the clause finder ends at the last noun phrase before the verb, reaching back
    /// over a preposition to the noun it hangs on ("sanctions on Iran were lifted", "the embargo against Cuba was eased"), and ending
    /// before a participle and its phrase that modify it ("Fifteen British sailors seized in the Gulf were set free": what is set free
    /// is the sailors, and the words of the modifier would part the verb from its particle).
    /// </summary>
    public Span PassiveObject(Span subject)
    {
        var start = FirstTokenAt(subject.Start);
        for (var hops = 0; hops < MaxPrepositionHops && start >= 2 && IsNounPreposition(tokens[start - 1]) && IsWord(tokens[start - 2]); hops++)
        {
            start -= 2;
        }

        var end = subject.End;
        for (var i = FirstTokenAt(subject.Start) + 1; i < tokens.Count && tokens[i].End <= subject.End; i++)
        {
            // Only a participle that a phrase follows modifies the noun before it: "the proposed talks were cancelled" keeps its noun.
            if (i + 1 < tokens.Count && ClauseLexicon.Default.TryFunctionWord(tokens[i + 1].In(text), out var next) && next is WordClass.Preposition or WordClass.To
                && ClauseLexicon.Default.TryVerb(tokens[i].In(text).ToString(), out _, out var form) && form is VerbForm.Participle or VerbForm.PastOrParticiple)
            {
                end = tokens[i - 1].End;
                break;
            }
        }

        return start < tokens.Count ? new Span(Math.Min(tokens[start].Start, subject.Start), end) : subject;
    }

    private bool IsNounPreposition(Token token) => token.In(text) is "on" or "against" or "of";

    private bool IsWord(Token token) => token.In(text) is [var first, ..] && char.IsLetter(first);

    /// <summary>The words after the clause's verb to the end of its extent, lower case.</summary>
    public List<string> WordsAfterVerb(Clause clause) => WordsIn(new Span(clause.VerbToken.End, Math.Max(clause.VerbToken.End, ExtentOf(clause).End)));

    public List<string> WordsIn(Span span)
    {
        var words = new List<string>();
        for (var i = FirstTokenAt(span.Start); i < tokens.Count && tokens[i].Start < span.End; i++)
        {
            words.Add(tokens[i].In(text).ToString().ToLowerInvariant());
        }

        return words;
    }

    private bool Governs(int ancestor, Clause clause, bool withNounComplements)
    {
        // Only a chain of infinitives hangs on the clause ("threatened to try to cut"); a complement in between is its own clause.
        for (var up = clause; up.Kind == ClauseKind.Infinitive && up.Parent >= 0; up = clauses[up.Parent])
        {
            if (!withNounComplements && CompletesNoun(up))
            {
                return false;
            }

            if (up.Parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the decision to send them back": an infinitive right after a noun of <c>events/infinitive-nouns.txt</c> belongs to that noun.</summary>
    private bool CompletesNoun(Clause infinitive) => FollowsWordOf(infinitive, InfinitiveNouns.Value);

    /// <summary>"in a bid to end the strike": an infinitive right after a noun of aim (<c>events/aim-nouns.txt</c>).</summary>
    public bool CompletesAimNoun(Clause infinitive) => infinitive.Kind == ClauseKind.Infinitive && FollowsWordOf(infinitive, AimNouns.Value);

    /// <summary>Whether the word right before the clause (an infinitive's "to") is one of <paramref name="nouns"/>.</summary>
    private bool FollowsWordOf(Clause clause, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nouns) =>
        FirstTokenAt(clause.Span.Start) is var to && to > 0 && tokens[to - 1].Kind == TokenKind.Word
        && nouns.Contains(text.AsSpan(tokens[to - 1].Span.Start, tokens[to - 1].Span.Length));

    private int FirstTokenAt(int start) => SortedLayer.FirstAt(tokens, start, t => t.Start);
}
