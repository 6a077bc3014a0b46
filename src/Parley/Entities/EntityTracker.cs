using Parley.Knowledge;

namespace Parley.Entities;

/// <summary>
/// The entities of one document as coreference builds them: found by key, by the words of a
/// partial name, or by salience for pronouns and descriptions.
/// </summary>
internal sealed class EntityTracker(KnowledgeBase knowledge)
{
    /// <summary>Pronouns and descriptions look back this many sentences; further back, news copy repeats the name.</summary>
    public const int LookBackSentences = 3;

    /// <summary>A sentence's subject counts this much more than other mentions (subjects are what pronouns continue).</summary>
    private const double SubjectWeight = 1.8;

    /// <summary>How much each further mention adds: enough to break ties, far less than a subject.</summary>
    private const double RepetitionWeight = 0.05;

    private readonly Dictionary<string, TrackedEntity> _byKey = new(StringComparer.Ordinal);

    public List<TrackedEntity> All { get; } = [];

    public TrackedEntity Get(string key, MentionType type)
    {
        if (!_byKey.TryGetValue(key, out var entity))
        {
            entity = new TrackedEntity(All.Count, key, type);
            _byKey[key] = entity;
            All.Add(entity);
        }

        return entity;
    }

    public TrackedEntity New(MentionType type) => Get("mention:" + All.Count, type);

    public TrackedEntity ForPerson(PersonEntry person, Actor? actor)
    {
        var entity = Get("person:" + person.Id, MentionType.Person);
        if (entity.PersonId is null)
        {
            entity.PersonId = person.Id;
            entity.Actor = actor;
            entity.Gender = person.Gender;
            foreach (var name in person.Aliases.Prepend(person.Name))
            {
                AddNameWords(entity, name);
            }
        }

        return entity;
    }

    public static void AddNameWords(TrackedEntity entity, string name)
    {
        foreach (var word in name.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            entity.NameWords.Add(word);
        }
    }

    /// <summary>
    /// The person a partial name ("Moon", "Kim") continues: one whose names contain all its words.
    /// When several do (Kim Jong Un and Kim Hyok Chol), the most mentioned wins and, on a tie,
    /// the one introduced first: a bare surname in news copy refers to the story's main bearer of
    /// it, and a second bearer is always named in full.
    /// </summary>
    public TrackedEntity? PartialNameMatch(string[] words) =>
        All.Where(e => e.Type == MentionType.Person && e.NameWords.Count > words.Length && words.All(e.NameWords.Contains))
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.FirstSentence)
            .FirstOrDefault();

    /// <summary>
    /// The most salient entity <paramref name="compatible"/> with a pronoun or description in
    /// <paramref name="sentence"/>: each mention in the last sentences adds a weight that halves
    /// with every sentence back, more for subjects; the strongest mention counts, the others a little.
    /// </summary>
    public TrackedEntity? MostSalient(int sentence, Func<TrackedEntity, bool> compatible)
    {
        TrackedEntity? best = null;
        var bestScore = 0.0;
        foreach (var entity in All)
        {
            if (!compatible(entity))
            {
                continue;
            }

            var strongest = 0.0;
            var total = 0.0;
            var last = -1;
            foreach (var (at, subject) in entity.Mentions)
            {
                if (at <= sentence && sentence - at <= LookBackSentences)
                {
                    var weight = (subject ? SubjectWeight : 1.0) / (1 << (sentence - at));
                    strongest = Math.Max(strongest, weight);
                    total += weight;
                    last = Math.Max(last, at);
                }
            }

            // The strongest single mention decides; repeated mentions only break near-ties, so a
            // much-mentioned entity does not outweigh the subject of the sentence at hand.
            var score = strongest + (RepetitionWeight * total);

            if (score > bestScore || (score == bestScore && score > 0 && last > (best?.Mentions[^1].Sentence ?? -1)))
            {
                best = entity;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// A bare surname no earlier mention explains: the one person of that name holding office on
    /// the date in a country the story mentions, preferring the highest office.
    /// </summary>
    public PersonEntry? KnownBearer(string word, ISet<string> storyCountries, DateOnly? date)
    {
        if (date is not { } day)
        {
            return null;
        }

        var bearers = knowledge.PeopleNamed(word)
            .Where(p => storyCountries.Contains(p.Country))
            .Select(p => (person: p, role: p.Roles.Where(r => r.IsHeldOn(day)).Select(OfficeRank).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(b => b.role < int.MaxValue)
            .OrderBy(b => b.role)
            .ToList();
        return bearers.Count > 0 && (bearers.Count == 1 || bearers[0].role < bearers[1].role) ? bearers[0].person : null;
    }

    private static int OfficeRank(PersonRole role) => role.Office switch
    {
        "head_of_state" => 0,
        "head_of_government" => 1,
        "foreign_minister" => 2,
        "defence_minister" => 3,
        _ => 4,
    };
}
