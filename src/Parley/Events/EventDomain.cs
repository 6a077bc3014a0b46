using System.Text.RegularExpressions;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Keeps event coding to political actors: in a sentence about sport, commerce, technology or
/// entertainment (cue words, <c>events/domain-cues.tsv</c>), or anywhere in a story that is mostly about
/// them, an event needs a political actor on one side, and a company or news outlet acting alone is never one ("JP Morgan called the ruling
/// a landmark", "F-Secure warned about viruses"). A scoreline ("won 19-13", "6-3 7-6") marks sport too. CAMEO codes what states, their organs, parties,
/// armed groups and international organisations do to each other.
/// </summary>
public sealed partial class EventDomain
{
    private static readonly Lazy<EventDomain> DefaultInstance = new(() => new EventDomain());

    /// <summary>
    /// Role parts of actor codes that make an actor political (CAMEO actor codebook: state, non-state armed and party roles), by their
    /// first three letters: a named group's role carries its name after them ("REBETA").
    /// </summary>
    private static readonly HashSet<string> PoliticalRoles = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "ELI", "MOD", "RAD", "IGO",
    };

    /// <summary>Roles that are not political actors unless their counterpart is: firms and news outlets.</summary>
    private static readonly HashSet<string> NonPoliticalRoles = new(StringComparer.Ordinal) { "BUS", "MED" };

    /// <summary>
    /// The share of a story's sentences holding a cue from which the whole story counts as sport, commerce, technology
    /// or entertainment, so that "Ireland delivered a hammer blow to Scotland's hopes" in a rugby report needs no cue of
    /// its own. Why 0.15: in BBC news 2004-2005, 9 in 10 politics stories have fewer than 1 in 12 sentences with a cue and
    /// none more than 3 in 10, while half the sport, technology and entertainment stories have more than 1 in 4.
    /// </summary>
    private const double StoryCueShare = 0.15;

    /// <summary>One or two sentences with a cue in a short story ("the Olympic bid", "the match") make no sport story.</summary>
    private const int StoryMinCueSentences = 3;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _cues;

    /// <summary>Group names that are political only in political copy ("critics"): <c>events/domain-agent-words.txt</c>.</summary>
    private readonly HashSet<string> _politicalOnlyInPolitics;

    /// <summary>Words that make the cue after them the arms trade ("arms sales"): <c>events/domain-cue-modifiers.txt</c>.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _tradeOfState;

    private EventDomain()
    {
        _cues = DataFiles.ReadDataLines("events/domain-cues.tsv").Skip(1).Select(l => l.Split('\t')[0])
            .ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _politicalOnlyInPolitics = DataFiles.ReadWordSet("events/domain-agent-words.txt", StringComparer.OrdinalIgnoreCase);
        _tradeOfState = DataFiles.ReadWordLookup("events/domain-cue-modifiers.txt");
    }

    public static EventDomain Default => DefaultInstance.Value;

    /// <summary>True when the story in <paramref name="text"/> is mostly about sport, commerce, technology or entertainment.</summary>
    public bool StoryOutsidePolitics(string text, IReadOnlyList<Sentence> sentences)
    {
        var cued = 0;
        foreach (var sentence in sentences)
        {
            var words = text.AsSpan(sentence.Span.Start, sentence.Span.Length);
            if (HasCue(words) || Scoreline().IsMatch(words))
            {
                cued++;
            }
        }

        return cued >= StoryMinCueSentences && cued >= StoryCueShare * sentences.Count;
    }

    /// <summary>True when <paramref name="coded"/> is no interaction of political actors and must not be reported.</summary>
    /// <param name="coded">The event.</param>
    /// <param name="storyOutsidePolitics">Whether the whole story is about sport, commerce, technology or entertainment (<see cref="StoryOutsidePolitics"/>).</param>
    public bool OutsidePolitics(CodedEvent coded, bool storyOutsidePolitics = false) =>
        OutsidePolitics(coded.Source, coded.Target, coded.Evidence, storyOutsidePolitics);

    /// <summary>
    /// True when an act or a position of <paramref name="actor"/> (towards <paramref name="counterpart"/>, if any), told in
    /// <paramref name="evidence"/>, is none of political actors: the rule of <see cref="OutsidePolitics(CodedEvent, bool)"/>,
    /// which stances share ("The German exchange said it had held talks with the LSE" states no position on talks).
    /// </summary>
    public bool OutsidePolitics(Actor actor, Actor? counterpart, string evidence, bool storyOutsidePolitics)
    {
        var cued = storyOutsidePolitics || HasCue(evidence) || Scoreline().IsMatch(evidence);
        // "New Zealand rallied to a 53-37 win": a counterpart only inferred at home (the government a protest is aimed at by default) makes no
        // act of a team political.
        var political = IsPolitical(actor, cued)
            || counterpart is { } other && IsPolitical(other, cued) && !(cued && other.Confidence < 1 && other.Country == actor.Country);
        if (political)
        {
            return false;
        }

        if (actor.Role is { Length: >= 3 } role && NonPoliticalRoles.Contains(role[..3]))
        {
            // "A Saudi businessman is suing the United States": a country named as counterpart is the state, but not in
            // copy about markets or media ("Japan's Nikkei fell while South Korea's Kospi …", "channels refuse the film in India").
            return cued || counterpart is not { Role: null, Country: not null };
        }

        return cued;
    }

    /// <summary>"19-13", "6-3": two numbers of at most two digits joined by a hyphen, standing alone (not "2007-2013", not "G-8").</summary>
    [GeneratedRegex(@"(?<![\w.-])\d{1,2}-\d{1,2}(?![\w-])")]
    private static partial Regex Scoreline();

    /// <summary>A political actor; in copy about sport, commerce or the arts "critics" are reviewers, no opposition, and a "captain" leads a team.</summary>
    private bool IsPolitical(Actor actor, bool cued) =>
        (actor.Code.StartsWith("IGO", StringComparison.Ordinal) || actor.Role is { Length: >= 3 } role && PoliticalRoles.Contains(role[..3]))
        && !(cued && (actor.Name is { } name && _politicalOnlyInPolitics.Contains(name) || actor.Title is { } title && _politicalOnlyInPolitics.Contains(title)));

    private bool HasCue(ReadOnlySpan<char> sentence)
    {
        var start = -1;
        var previous = ReadOnlySpan<char>.Empty;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var inWord = i < sentence.Length && (char.IsLetter(sentence[i]) || sentence[i] == '-' && start >= 0);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = sentence.Slice(start, i - start);
                if (_cues.Contains(word) && !_tradeOfState.Contains(previous))
                {
                    return true;
                }

                previous = word;
                start = -1;
            }
        }

        return false;
    }
}
