using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Parley.Clauses;
using Parley.Events;
using Parley.Model;
using Parley.Text;

namespace Parley.Stances;

/// <summary>
/// The stance finding of one document (state for one run; not shared between threads): in each
/// sentence, the words that name an issue, the nearest words that express a position on it, the
/// actor who holds it, and how negation bears on it.
/// </summary>
internal sealed class DocumentStanceFinder(AnnotatedDocument document, IssueLexicon lexicon)
{
    /// <summary>A position cue further than this many words from the issue's words is usually about something else.</summary>
    private const int MaxCueDistance = 8;

    private readonly string _text = document.Text;
    private readonly IReadOnlyList<Token> _tokens = document.Layers.Get(TextLayers.Tokens);
    private readonly IReadOnlyList<Clause> _clauses = document.Layers.Get(ClauseLayers.Clauses);
    private readonly StanceContext _context = new(document);

    public IReadOnlyList<Stance> Run()
    {
        var stances = new List<Stance>();
        var seen = new HashSet<(int, string, string, string)>();
        var sentences = document.Layers.Get(TextLayers.Sentences);
        bool? story = null; // read only for a document that has a stance: most have none
        foreach (var sentence in sentences)
        {
            if (sentence.Kind == SentenceKind.Dateline || !MayNameIssue(sentence) || IsQuestion(sentence))
            {
                continue;
            }

            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = _tokens[sentence.FirstToken + i].In(_text).ToString().ToLowerInvariant();
            }

            var triggers = Triggers(words);
            foreach (var (issue, start, end) in triggers)
            {
                if (Build(sentence, words, triggers, issue, start, end) is { } stance && !EventDomain.Default.OutsidePolitics(stance.Actor, null, stance.Evidence, story ??= EventDomain.Default.StoryOutsidePolitics(_text, sentences))
                    && seen.Add((sentence.Index, stance.Issue, stance.Actor.Code, stance.Position)))
                {
                    stances.Add(stance);
                }
            }
        }

        return stances;
    }

    /// <summary>Issue words in a sentence: at each word the longest trigger, no two overlapping.</summary>
    private List<(string Issue, int Start, int End)> Triggers(string[] words)
    {
        var found = new List<(string, int, int)>();
        for (var i = 0; i < words.Length; i++)
        {
            (string Issue, int End) best = (string.Empty, -1);
            foreach (var (issue, pattern) in lexicon.TriggersAt(words[i]))
            {
                if (pattern.MatchAt(words, i) is var end && end > best.End)
                {
                    best = (issue, end);
                }
            }

            if (best.End > i)
            {
                found.Add((best.Issue, i, best.End));
                i = best.End - 1;
            }
        }

        return found;
    }

    private Stance? Build(Sentence sentence, string[] words, List<(string Issue, int Start, int End)> triggers, string issue, int triggerStart, int triggerEnd)
    {
        if (NearestCue(sentence, words, triggers, issue, triggerStart, triggerEnd) is not var (cue, cueStart, cueEnd))
        {
            return null;
        }

        var cueSpan = new Span(_tokens[sentence.FirstToken + cueStart].Start, _tokens[sentence.FirstToken + cueEnd - 1].End);
        var chain = ClauseChain(cueSpan.Start);
        // "If the U.S. imposes a tariff on Chinese televisions, the duty is paid …": a position inside a condition is what
        // is supposed, not what anyone holds.
        if (chain.Any(c => c.Introducer is { } introducer && lexicon.HypotheticalIntroducers.Contains(introducer))
            || chain.Count > 0 && chain[0].Span.Contains(cueSpan) && IsCondition(chain[0]))
        {
            return null;
        }

        var position = Negations(chain, sentence, words, cueSpan) % 2 == 0 ? cue.Position : lexicon.Negated(issue, cue.Position);
        if (position is null)
        {
            return null;
        }

        if (_context.ActorOf(cueSpan, sentence.Span, chain) is not { } actor)
        {
            return null;
        }

        var triggerSpan = new Span(_tokens[sentence.FirstToken + triggerStart].Start, _tokens[sentence.FirstToken + triggerEnd - 1].End);
        var span = new Span(Math.Min(triggerSpan.Start, cueSpan.Start), Math.Max(triggerSpan.End, cueSpan.End));
        var notCountry = lexicon.OutwardPositions.Contains(position) ? StanceContext.CountryOf(actor) : null;
        var name = lexicon.Issue(issue).Targeted && _context.TargetOf(triggerSpan, sentence.Span, notCountry) is { } target ? $"{issue}:{target}" : issue;
        var condition = _context.ConditionOf(cueSpan, sentence, words, lexicon.ConditionCues, Math.Min(triggerStart, cueStart));
        var docId = document.Document.Id;
        var id = Hash($"{docId}|{span.Start}|{span.End}|{name}|{position}|{actor.Code}");
        return new Stance(span, id, docId, sentence.Index, actor, name, position, condition, _context.DateOf(cueSpan, sentence.Span),
            sentence.Span.Slice(_text), span.Start, span.End);
    }

    /// <summary>The position cue nearest the issue's words (a longer cue wins a tie), within <see cref="MaxCueDistance"/> words.</summary>
    private (PositionCue Cue, int Start, int End)? NearestCue(Sentence sentence, string[] words, List<(string Issue, int Start, int End)> triggers, string issue, int triggerStart, int triggerEnd)
    {
        (PositionCue Cue, int Start, int End)? best = null;
        var bestDistance = int.MaxValue;
        var from = Math.Max(0, triggerStart - MaxCueDistance - WordPattern.MaxGap - 4);
        var to = Math.Min(words.Length, triggerEnd + MaxCueDistance);
        foreach (var cue in lexicon.CuesFor(issue))
        {
            for (var i = from; i < to; i++)
            {
                var end = cue.Pattern.MatchAt(words, i);
                if (end < 0 || i < triggerEnd && end > triggerStart)
                {
                    continue;
                }

                var distance = end <= triggerStart ? triggerStart - end : i - triggerEnd;
                if (distance <= MaxCueDistance && (distance < bestDistance || distance == bestDistance && cue.Pattern.Length > best!.Value.Cue.Pattern.Length)
                    && !DescribesIssue(sentence, words, triggers, issue, i) && !ActsOnSomethingElse(sentence, i, end, triggerStart))
                {
                    best = (cue, i, end);
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    /// <summary>A condition clause, also one the analyzer left a complement ("argues that if the embargo is lifted, it could …").</summary>
    private static bool IsCondition(Clause clause) =>
        clause.Kind == ClauseKind.Condition
        || clause.Introducer is { } introducer && (introducer.EndsWith(" if", StringComparison.Ordinal) || introducer.EndsWith(" unless", StringComparison.Ordinal));

    /// <summary>Whether a word of the sentence can start an issue's words; most sentences have none and are passed over unread.</summary>
    private bool MayNameIssue(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            if (lexicon.MayStartTrigger(_tokens[i].In(_text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Who will lift sanctions?": a question asks for a position; it states none.</summary>
    private bool IsQuestion(Sentence sentence)
    {
        var text = _text.AsSpan(sentence.Span.Start, sentence.Span.Length).TrimEnd().TrimEnd("\"'\u201D\u2019)");
        return text.EndsWith('?');
    }

    /// <summary>
    /// "lift the arms embargo imposed on China", "removing tariffs imposed during the trade war": a participle right after
    /// words of the issue that is no clause's verb describes the issue (it names a past act); it is no position anyone takes now.
    /// </summary>
    private bool DescribesIssue(Sentence sentence, string[] words, List<(string Issue, int Start, int End)> triggers, string issue, int cueStart) =>
        triggers.Exists(t => t.End == cueStart && t.Issue == issue)
        && ClauseLexicon.Default.TryVerb(words[cueStart], out _, out var form) && form is VerbForm.PastOrParticiple or VerbForm.Participle
        && ClauseAt(_tokens[sentence.FirstToken + cueStart].Start, sentence.Index) is null;

    /// <summary>
    /// "said they raised prices as a result of the tariffs": a cue verb whose own object ends before the issue's words acts on
    /// that object, not on the issue; a cue that reaches past the object ("wants North Korea to end") still bears on it.
    /// </summary>
    private bool ActsOnSomethingElse(Sentence sentence, int cueStart, int cueEnd, int triggerStart) =>
        cueStart < triggerStart
        && ClauseAt(_tokens[sentence.FirstToken + cueStart].Start, sentence.Index) is { DirectObject: { } obj }
        && obj.End <= _tokens[sentence.FirstToken + triggerStart].Start
        && _tokens[sentence.FirstToken + cueEnd - 1].End <= obj.End;

    /// <summary>The clause whose verb is the token starting at <paramref name="offset"/>; null when that word is no clause's verb.</summary>
    private Clause? ClauseAt(int offset, int sentence)
    {
        var lo = ClausesStartingBy(offset);

        for (var i = lo - 1; i >= 0 && _clauses[i].Sentence == sentence; i--)
        {
            if (_clauses[i].VerbToken.Start == offset)
            {
                return _clauses[i];
            }
        }

        return null;
    }

    /// <summary>How many clauses of the (start-sorted) clause layer start at or before <paramref name="offset"/>.</summary>
    private int ClausesStartingBy(int offset) => SortedLayer.FirstAt(_clauses, offset + 1, static c => c.Span.Start);

    /// <summary>The innermost clause holding <paramref name="offset"/> and the clauses above it, innermost first.</summary>
    private List<Clause> ClauseChain(int offset)
    {
        // The clause layer is sorted by start and a clause never leaves its sentence: look back from the offset
        // through the clauses of one sentence only, not through the whole document.
        var lo = ClausesStartingBy(offset);

        Clause? inner = null;
        int? sentence = null;
        for (var i = lo - 1; i >= 0 && (sentence ??= _clauses[i].Sentence) == _clauses[i].Sentence; i--)
        {
            var clause = _clauses[i];
            if (offset < clause.Span.End && (inner is null || clause.Span.Length < inner.Span.Length))
            {
                inner = clause;
            }
        }

        var chain = new List<Clause>();
        for (var clause = inner; clause is not null; clause = clause.Parent >= 0 ? _clauses[clause.Parent] : null)
        {
            chain.Add(clause);
        }

        return chain;
    }

    /// <summary>
    /// How many times the cue's meaning is reversed: each negated clause above it, and each
    /// reversing verb ("rule out", "refuse") that governs it. "did not rule out easing" counts two.
    /// </summary>
    private int Negations(List<Clause> chain, Sentence sentence, string[] words, Span cue)
    {
        var count = 0;
        foreach (var clause in chain)
        {
            count += clause.Negated ? 1 : 0;
            if (clause.VerbToken.Start >= cue.Start)
            {
                continue;
            }

            var verbIndex = IndexOfToken(sentence, clause.VerbToken.Start);
            if (verbIndex >= 0 && lexicon.InvertingVerbs.Any(v => v.MatchAt(words, verbIndex) > 0))
            {
                count++;
            }
        }

        return count;
    }

    private int IndexOfToken(Sentence sentence, int start)
    {
        for (var i = 0; i < sentence.TokenCount; i++)
        {
            if (_tokens[sentence.FirstToken + i].Start == start)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Hash(string key) =>
        XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key)).ToString("x16", CultureInfo.InvariantCulture);
}
