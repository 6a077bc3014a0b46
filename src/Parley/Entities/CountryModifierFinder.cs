using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Entities;

/// <summary>
/// Country adjectives that no mention covers because they modify an ordinary noun ("an Australian
/// ultimatum", "the Turkish and Greek sides", "British aircraft"): the mention layer leaves them
/// out (they name no entity), yet an event's actor is often given only that way. Each becomes a
/// country actor over the adjective's own words.
/// </summary>
public sealed class CountryModifierFinder(MentionLexicon lexicon)
{
    private static readonly HashSet<string> CompoundSuffixes =
        DataFiles.ReadWordSet("entities/country-compounds.txt", StringComparer.Ordinal);

    /// <summary>Country names and adjectives of one word, as written ("Vietnamese", "US"), for the first half of a compound.</summary>
    private readonly Lazy<Dictionary<string, string>> _countryWords = new(() => CountryWords(lexicon.Knowledge));

    public static CountryModifierFinder Default { get; } = new(MentionLexicon.Default);

    /// <summary>The adjective actors of the text, in text order, outside the spans of the <paramref name="mentions"/> that have an actor.</summary>
    public List<Mention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions, DateOnly? published)
    {
        var resolver = new ActorResolver(lexicon.Knowledge, published);
        var found = new List<Mention>();
        var next = 0;
        foreach (var sentence in sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            FindCompounds(text, tokens, sentence.FirstToken, end, mentions, resolver, found);
            foreach (var match in LexiconMatcher.Match(lexicon.Trie, text, tokens, sentence.FirstToken, end))
            {
                // "the Russian language": the adjective names a language or a cuisine; "the Libyan Sea": it is part of a place's name;
                // "the former Yugoslav republic of Macedonia": the state the place once belonged to.
                if (match.Find(EntryKind.CountryAdjective) is not { Country: { } country }
                    || match.Has(EntryKind.CountryName) || match.Has(EntryKind.Organization) || match.Has(EntryKind.Person)
                    || match.End < end && tokens[match.End].In(text) is var after
                        && (CueWords.Default.Is("country-nonactor-noun", after) || CueWords.Default.Is("water-after", after)
                            || match.First > sentence.FirstToken && tokens[match.First - 1].In(text) is "former" or "Former" && CueWords.Default.Is("former-state-noun", after)))
                {
                    continue;
                }

                var span = new Span(tokens[match.First].Start, tokens[match.End - 1].End);
                while (next < mentions.Count && mentions[next].Span.End <= span.Start)
                {
                    next++;
                }

                if (Covered(mentions, next, span))
                {
                    continue;
                }

                var role = CoordinatedRole(text, tokens, match.End, end, mentions, next);
                found.Add(new Mention(span, MentionType.Group, MentionForm.Name, -1, resolver.ForCountry(country.Code, role)) { Head = span });
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = found.Count - 2; i >= 0; i--)
        {
            // "Armenian, Georgian and Azerbaijani troops": the role passes back along the list of adjectives.
            if (found[i].Actor is { Role: null, Country: { } country } && found[i + 1].Actor?.Role is { } role
                && text.AsSpan(found[i].Span.End, Math.Max(0, found[i + 1].Span.Start - found[i].Span.End)).Trim() is "," or "and")
            {
                found[i] = found[i] with { Actor = resolver.ForCountry(country, role) };
            }
        }

        return found;
    }

    /// <summary>"Vietnamese-led forces", "US-backed government": the compound's first half names the country acting.</summary>
    private void FindCompounds(string text, IReadOnlyList<Token> tokens, int first, int end, IReadOnlyList<Mention> mentions, ActorResolver resolver, List<Mention> found)
    {
        for (var t = first; t < end; t++)
        {
            var word = tokens[t].In(text);
            var hyphen = word.IndexOf('-');
            if (hyphen <= 0 || !CompoundSuffixes.Contains(word[(hyphen + 1)..].ToString())
                || !_countryWords.Value.TryGetValue(word[..hyphen].ToString(), out var code))
            {
                continue;
            }

            var span = new Span(tokens[t].Start, tokens[t].Start + hyphen);
            if (!Covered(mentions, 0, span))
            {
                found.Add(new Mention(span, MentionType.Group, MentionForm.Name, -1, resolver.ForCountry(code)) { Head = span });
            }
        }
    }

    private static Dictionary<string, string> CountryWords(KnowledgeBase knowledge)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in knowledge.Countries)
        {
            foreach (var word in country.Adjectives.Concat(country.Aliases).Append(country.Name).Where(w => !w.Contains(' ', StringComparison.Ordinal)))
            {
                words.TryAdd(word, country.Code);
            }
        }

        return words;
    }

    /// <summary>
    /// "Armenian and Azerbaijani forces", "Israeli and Palestinian police": an adjective coordinated with the country adjective of
    /// a group noun shares that noun, so it takes that group's role; null when no such noun phrase follows after "and" or ",".
    /// </summary>
    private static string? CoordinatedRole(string text, IReadOnlyList<Token> tokens, int after, int end, IReadOnlyList<Mention> mentions, int from)
    {
        if (after + 1 >= end || tokens[after].In(text) is var joiner && !joiner.Equals("and", StringComparison.OrdinalIgnoreCase) && !joiner.SequenceEqual(","))
        {
            return null;
        }

        var start = tokens[after + 1].Start;
        for (var i = from; i < mentions.Count && mentions[i].Span.Start <= start; i++)
        {
            if (mentions[i].Span.Start == start && mentions[i] is { Form: MentionForm.Nominal, Actor.Role: { } role })
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>Whether a mention with an actor covers the span; a name no file knows ("the Nigerian Union of Teachers") leaves its adjective free.</summary>
    private static bool Covered(IReadOnlyList<Mention> mentions, int from, Span span)
    {
        for (var i = from; i < mentions.Count && mentions[i].Span.Start < span.End; i++)
        {
            if (mentions[i].Span.End > span.Start && mentions[i].Actor is not null)
            {
                return true;
            }
        }

        return false;
    }
}
