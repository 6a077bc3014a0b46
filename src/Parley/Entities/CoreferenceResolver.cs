using Parley.Knowledge;
using Parley.Model;
using Parley.Pipeline;

namespace Parley.Entities;

/// <summary>
/// Groups the mention finder's candidates into entities and writes the final mentions layer:
/// full names by the person they name, partial names ("Moon", "Kim") to the person introduced
/// earlier whose name contains them, pronouns to the most salient compatible entity (subjects
/// and recent mentions first), and descriptions ("the administration", "the country", "the
/// North") to the country or government they stand for. Mentions that corefer share an entity
/// id and carry its actor. A separate stage from the finder because it reads the whole
/// document's mentions, and so that the stored layer is written once, final.
/// </summary>
public sealed class CoreferenceResolver(KnowledgeBase knowledge) : IPipelineStage
{
    public CoreferenceResolver()
        : this(KnowledgeBase.Default)
    {
    }

    public string Name => "coreference";

    public IReadOnlyList<ILayerKey> Requires { get; } = [EntityLayers.MentionCandidates];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [EntityLayers.Mentions];

    public void Process(AnnotatedDocument document) =>
        document.Layers.Set(EntityLayers.Mentions, Resolve(document.Text, document.Layers.Get(EntityLayers.MentionCandidates), document.Document.Metadata.Published));

    public List<Mention> Resolve(string text, IReadOnlyList<MentionCandidate> candidates, DateOnly? published)
    {
        var resolver = new ActorResolver(knowledge, published);
        var tracker = new EntityTracker(knowledge);
        var story = new StoryCountries(text, candidates);
        var entities = new TrackedEntity?[candidates.Count];
        var pairedSubjects = SentencesWithPairedPeople(text, candidates);
        var mentions = new List<Mention>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var namesake = Namesake(tracker, text, c);
            var (entity, actor) = c.Form switch
            {
                MentionForm.Pronoun => (c.Plural && MeansThePair(tracker, pairedSubjects, c.Sentence) ? null : Pronoun(tracker, c), null),
                MentionForm.Nominal => Nominal(tracker, resolver, story, candidates, entities, i),
                _ when namesake is not null => (namesake, namesake.Actor),
                _ => (Named(tracker, resolver, story, text, c), null),
            };
            entity ??= tracker.New(c.Type);
            entity.Mentions.Add((c.Sentence, c.IsSubject));
            if (c.Form == MentionForm.Pronoun && c.Gender is 'm' or 'f' && entity.Gender == '\0')
            {
                entity.Gender = c.Gender;
            }

            entities[i] = entity;
            var type = c.Form != MentionForm.Nominal && entity.Mentions.Count > 1 && entity.Type == MentionType.Person ? MentionType.Person
                : c.Form == MentionForm.Pronoun && entity.Mentions.Count > 1 ? entity.Type : c.Type;
            // A lone surname read as another bearer than the lexicon's (a namesake, or the officeholder of the story's country) takes that one's actor.
            var otherBearer = namesake is not null || c.PersonId is not null && entity.PersonId is { } bearerId && bearerId != c.PersonId;
            mentions.Add(new Mention(c.Span, type, c.Form, entity.Id, otherBearer ? actor ?? entity.Actor : actor ?? c.Actor ?? entity.Actor) { Head = c.Head });
        }

        return mentions;
    }

    /// <summary>
    /// "Tory leader Michael Howard … Mr Howard said": a lone surname that a known person bears ("Howard", John Howard) stands for the
    /// namesake the story named in full earlier, when that was someone else; null otherwise.
    /// </summary>
    private static TrackedEntity? Namesake(EntityTracker tracker, string text, MentionCandidate c) =>
        c.IsLoneSurname(text) && tracker.PartialNameMatch([c.Head.Slice(text)]) is { } earlier && earlier.PersonId != c.PersonId ? earlier : null;

    private TrackedEntity? Named(EntityTracker tracker, ActorResolver resolver, StoryCountries story, string text, MentionCandidate c)
    {
        if (c.PersonId is { } id && knowledge.Person(id) is { } person)
        {
            // "Mr Howard" in a British story of 2004: of two officeholders of the day with that surname, the one whose country
            // the story names (John Howard of Australia and Michael Howard, the Conservative leader).
            return c.IsLoneSurname(text) && tracker.KnownBearer(c.Head.Slice(text), story.NamedApartFromSurnames, resolver.Date) is { } storyBearer && storyBearer.Id != id
                ? tracker.ForPerson(storyBearer, resolver.ForPerson(storyBearer))
                : tracker.ForPerson(person, c.Actor);
        }

        if (c.Type is MentionType.Country or MentionType.Group or MentionType.Organization or MentionType.Location && c.Actor is { } actor)
        {
            var isCountry = c.Type == MentionType.Country || (c.Role is not null && c.PlaceName is not null); // a name or a seat of government
            var key = c.Type == MentionType.Group ? "people:" : isCountry ? "country:" : "org:";
            var entity = tracker.Get(key + (key == "country:" ? c.Country : actor.Code + "|" + c.Head.Slice(text)), c.Type);
            entity.Actor ??= key == "country:" ? resolver.ForCountry(c.Country!) : actor;
            return entity;
        }

        var words = c.Head.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (c.Type is MentionType.Person or MentionType.Other && tracker.PartialNameMatch(words) is { } known)
        {
            return known;
        }

        if (c.Type is MentionType.Person or MentionType.Other && words.Length == 1 && tracker.KnownBearer(words[0], story.Codes, resolver.Date) is { } bearer)
        {
            return tracker.ForPerson(bearer, resolver.ForPerson(bearer));
        }

        var named = tracker.Get((c.Type == MentionType.Location ? "place:" : "name:") + (c.PlaceName ?? c.Head.Slice(text)), c.Type);
        if (c.Type == MentionType.Person)
        {
            named.Type = MentionType.Person;
            EntityTracker.AddNameWords(named, c.Head.Slice(text));
            named.Actor ??= c.Actor;
            named.Gender = named.Gender == '\0' ? c.Gender : named.Gender;
        }

        return named;
    }

    private static TrackedEntity? Pronoun(EntityTracker tracker, MentionCandidate c) =>
        c.Plural && NamesPeopleOnly(tracker, c.Sentence) ? null : tracker.MostSalient(c.Sentence, e => c.Gender switch
        {
            'm' or 'f' => e.Type == MentionType.Person && !e.Plural && (e.Gender == '\0' || e.Gender == c.Gender),
            // "The Indian army said its troops …", "The Sudanese government said on Monday it would …": a body named by a group noun;
            // a plain "it" only in the sentence that names the body, since further on it is too often a thing.
            'n' => (e.Type is MentionType.Country or MentionType.Organization || e.Type == MentionType.Group && (c.Possessive || MentionedIn(e, c.Sentence))) && !e.Plural,
            _ => e.Plural || e.Type is MentionType.Country or MentionType.Organization or MentionType.Group,
        });

    /// <summary>"North Korean officials … they": the group entity carries its actor, so that pronouns for it do too.</summary>
    private static TrackedEntity RoleGroup(EntityTracker tracker, Actor group, MentionType type)
    {
        var entity = tracker.Get("role:" + group.Code, type);
        entity.Actor ??= group;
        return entity;
    }

    /// <summary>
    /// A plural pronoun in a sentence whose subject is a pair of people, or in the next one before it names any group,
    /// country or organization of its own ("North Korean officials said they …" is about the officials).
    /// </summary>
    private static bool MeansThePair(EntityTracker tracker, HashSet<int> pairedSubjects, int sentence) =>
        pairedSubjects.Contains(sentence)
        || pairedSubjects.Contains(sentence - 1) && !tracker.All.Any(e => (e.Plural || e.Type is MentionType.Country or MentionType.Organization or MentionType.Group)
            && MentionedIn(e, sentence));

    /// <summary>Mentions are added in text order and the sentence at hand is the latest, so only the last mention can be in it.</summary>
    private static bool MentionedIn(TrackedEntity entity, int sentence) => entity.Mentions.Count > 0 && entity.Mentions[^1].Sentence == sentence;

    /// <summary>
    /// Sentences whose subject is two people joined by "and" ("Trump and Kim met in Singapore"): a plural pronoun
    /// in them or in the next sentence ("They agreed …") means the pair, whom no one actor stands for.
    /// </summary>
    private static HashSet<int> SentencesWithPairedPeople(string text, IReadOnlyList<MentionCandidate> candidates)
    {
        var sentences = new HashSet<int>();
        for (var i = 1; i < candidates.Count; i++)
        {
            var (first, second) = (candidates[i - 1], candidates[i]);
            if (first.IsSubject && first.Sentence == second.Sentence && first.Type == MentionType.Person && second.Type == MentionType.Person
                && first.Form == MentionForm.Name && second.Form == MentionForm.Name && second.Span.Start > first.Span.End
                && text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).Trim().SequenceEqual("and"))
            {
                sentences.Add(first.Sentence);
            }
        }

        return sentences;
    }

    /// <summary>
    /// "the president said": the most salient person of the story who held that office on the
    /// document's date, else the holder for the country the story is most about; none when unsure.
    /// </summary>
    private TrackedEntity? HolderInStory(EntityTracker tracker, ActorResolver resolver, StoryCountries story, int sentence, string office)
    {
        if (resolver.Date is not { } day)
        {
            return null;
        }

        var salient = tracker.MostSalient(sentence, e => e.Type == MentionType.Person && e.PersonId is { } id
            && knowledge.Person(id) is { } person && person.Roles.Any(r => r.Office == office && r.IsHeldOn(day)));
        if (salient is not null)
        {
            return salient;
        }

        return story.Focus is { } focus && resolver.OfficeHolder(focus, office, null) is { } holder ? tracker.ForPerson(holder, resolver.ForPerson(holder)) : null;
    }

    /// <summary>
    /// "Trump expects to meet Kim again after their summit": when the sentence so far names two or more
    /// people and no country or group, a plural pronoun means those people together, whom no one actor stands for.
    /// </summary>
    private static bool NamesPeopleOnly(EntityTracker tracker, int sentence)
    {
        var people = 0;
        foreach (var entity in tracker.All)
        {
            if (!MentionedIn(entity, sentence))
            {
                continue;
            }

            if (entity.Plural || entity.Type is MentionType.Country or MentionType.Organization or MentionType.Group)
            {
                return false;
            }

            people += entity.Type == MentionType.Person ? 1 : 0;
        }

        return people >= 2;
    }

    private (TrackedEntity?, Actor?) Nominal(EntityTracker tracker, ActorResolver resolver, StoryCountries story, IReadOnlyList<MentionCandidate> candidates, TrackedEntity?[] entities, int index)
    {
        var c = candidates[index];
        if (c.PersonId is { } id && knowledge.Person(id) is { } holder)
        {
            return (tracker.ForPerson(holder, c.Actor), null);
        }

        var possessorEntity = c.Possessor is { } possessor ? entities.Take(index).Select((e, k) => (e, k)).LastOrDefault(p => candidates[p.k].Span == possessor).e : null;
        if (possessorEntity?.Actor?.Country is { } possessorCountry && c.Office is { } office)
        {
            var person = resolver.OfficeHolder(possessorCountry, office, c.ForCountry);
            return person is not null
                ? (tracker.ForPerson(person, resolver.ForPerson(person)), null)
                : (null, resolver.ForCountry(possessorCountry, c.Role));
        }

        if (c.Country is null && c.Office is { } bareOffice && c.Possessor is null && !c.Plural && !c.Indefinite)
        {
            return (HolderInStory(tracker, resolver, story, c.Sentence, bareOffice), null);
        }

        if (c.Nominal is not { } nominal)
        {
            return (c.Actor is { } group ? RoleGroup(tracker, group, c.Type) : null, null);
        }

        var country = nominal.Country is { } named
            ? (nominal.When.Count == 0 || nominal.When.Any(story.Codes.Contains) ? named : null)
            : nominal.Refers == NominalReference.Government
                ? (nominal.Prefer is { } prefer && story.Codes.Contains(prefer) ? prefer : story.Focus)
                : StoryCountries.RecentCountry(candidates, entities, index);
        if (country is null)
        {
            return (null, null);
        }

        var entity = tracker.Get("country:" + country, MentionType.Country);
        entity.Actor ??= resolver.ForCountry(country);
        return (entity, resolver.ForCountry(country, nominal.Refers == NominalReference.Government ? "GOV" : null));
    }
}
