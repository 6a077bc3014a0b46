using Parley.Knowledge;
using Parley.Text;

namespace Parley.Entities;

/// <summary>
/// Every phrase the mention finder recognizes, in one token trie: people and their aliases,
/// countries (names, adjectives, demonyms, seats of government), organizations and media,
/// places, agent words and titles, pronouns and nominal descriptions. Built once from a
/// <see cref="KnowledgeBase"/> and immutable, so it is shared across threads.
/// </summary>
public sealed class MentionLexicon
{
    private static readonly Lazy<MentionLexicon> Shared = new(() => new MentionLexicon(KnowledgeBase.Default));

    private readonly Tokenizer _tokenizer = new();

    public MentionLexicon(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        foreach (var person in knowledge.People)
        {
            foreach (var name in person.Aliases.Prepend(person.Name))
            {
                Add(name, EntryKind.Person, e => e with { Person = person });
            }
        }

        foreach (var country in knowledge.Countries)
        {
            AddAll([country.Name, .. country.Aliases], EntryKind.CountryName, e => e with { Country = country });
            AddAll(country.Adjectives, EntryKind.CountryAdjective, e => e with { Country = country });
            AddAll(country.Demonyms, EntryKind.Demonym, e => e with { Country = country });
            AddAll(country.Metonyms, EntryKind.GovernmentMetonym, e => e with { Country = country });
            AddAll(country.MilitaryMetonyms, EntryKind.MilitaryMetonym, e => e with { Country = country });
        }

        foreach (var group in knowledge.Groups)
        {
            // "Ibo elders", "Tamils": a community named by its own words takes its country's code.
            if (knowledge.Country(group.Country) is { } home)
            {
                AddAll(group.Adjectives, EntryKind.CountryAdjective, e => e with { Country = home });
                AddAll(group.Demonyms, EntryKind.Demonym, e => e with { Country = home });
            }
        }

        foreach (var organization in knowledge.Organizations)
        {
            AddAll([organization.Name, .. organization.Aliases, .. organization.Metonyms], EntryKind.Organization, e => e with { Organization = organization });
        }

        // Namesakes ("Colombo" in Sri Lanka and in Brazil, "London" in Britain and Canada): the more populous comes first, so
        // the name reads as that place unless context says otherwise.
        foreach (var place in knowledge.Places.OrderByDescending(p => p.Population ?? 0))
        {
            AddAll([place.Name, .. place.Aliases], EntryKind.Place, e => e with { Place = place });
        }

        foreach (var agent in knowledge.Agents)
        {
            Add(agent.Phrase, EntryKind.Agent, e => e with { Agent = agent }, anyCase: true);
        }

        AddEntityData();
    }

    public static MentionLexicon Default => Shared.Value;

    public KnowledgeBase Knowledge { get; }

    public int PhraseCount => Trie.PhraseCount;

    internal LexiconTrie Trie { get; } = new();

    private void AddEntityData()
    {
        var titles = TsvTable.Read("entities/titles.tsv");
        foreach (var row in titles.Rows.Where(r => titles.Cell(r, "honorific") == "yes"))
        {
            var gender = titles.Cell(row, "gender") is { Length: 1 } g ? g[0] : '\0';
            Add(titles.Cell(row, "phrase"), EntryKind.Honorific, e => e with { Gender = gender }, anyCase: true);
        }

        var pronouns = TsvTable.Read("entities/pronouns.tsv");
        foreach (var row in pronouns.Rows)
        {
            var gender = pronouns.Cell(row, "gender") switch { "m" => 'm', "f" => 'f', "n" => 'n', _ => '*' };
            var pronoun = new PronounEntry(pronouns.Cell(row, "pronoun"), gender, pronouns.Cell(row, "number") == "pl", pronouns.Cell(row, "possessive") == "yes");
            Add(pronoun.Word, EntryKind.Pronoun, e => e with { Pronoun = pronoun }, anyCase: true);
        }

        var nominals = TsvTable.Read("entities/nominals.tsv");
        foreach (var row in nominals.Rows)
        {
            var refers = nominals.Cell(row, "refers") == "government" ? NominalReference.Government : NominalReference.Country;
            var nominal = new NominalEntry(nominals.Cell(row, "phrase"), refers, Empty(nominals.Cell(row, "country")),
                nominals.List(row, "when"), Empty(nominals.Cell(row, "prefer")));
            Add("the " + nominal.Phrase, EntryKind.Nominal, e => e with { Nominal = nominal });
        }
    }

    private void AddAll(IEnumerable<string> phrases, EntryKind kind, Func<LexiconEntry, LexiconEntry> fill)
    {
        foreach (var phrase in phrases)
        {
            Add(phrase, kind, fill);
        }
    }

    private void Add(string phrase, EntryKind kind, Func<LexiconEntry, LexiconEntry> fill, bool anyCase = false)
    {
        if (phrase.Length == 0)
        {
            return;
        }

        var tokens = _tokenizer.Tokenize(phrase);
        var keys = tokens.Select(t => TokenText.Normalize(phrase[t.Start..t.End])).ToArray();
        var rules = tokens.Select(t => anyCase ? CaseRule.Any : RuleOf(phrase.AsSpan(t.Start, t.Span.Length))).ToArray();
        Trie.Add(keys, fill(new LexiconEntry(kind, phrase, rules)));
    }

    private static CaseRule RuleOf(ReadOnlySpan<char> token)
    {
        var letters = 0;
        var capitals = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals += char.IsUpper(c) ? 1 : 0;
            }
        }

        if (letters >= 2 && capitals == letters)
        {
            return CaseRule.AllCapitals;
        }

        return letters > 0 && char.IsUpper(token[0]) ? CaseRule.Capitalized : CaseRule.Any;
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;
}
