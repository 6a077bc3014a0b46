using Parley.Clauses;
using Parley.Entities;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// Completes a document's event list once each clause is coded: adds the visits a clause hosts by preparing for them, the
/// meetings named by a noun that no clause already coded, drops the events of teams, firms and markets, and carries dates
/// between the events of one happening (<see cref="EventDateCarrier"/>); last, codes territories by the state they belonged to
/// on the article's date (<see cref="TerritoryStates"/>).
/// </summary>
internal sealed class EventListFinisher(AnnotatedDocument document, CameoCodebook codebook, ClauseActorFinder actors, ClauseExtents extents,
    ClauseSources sources, ClauseEventBuilder builder)
{
    private readonly string _text = document.Text;
    private readonly IReadOnlyList<Token> _tokens = document.Layers.Get(TextLayers.Tokens);
    private readonly IReadOnlyList<Sentence> _sentences = document.Layers.Get(TextLayers.Sentences);
    private readonly IReadOnlyList<Timex> _timexes = document.Layers.Get(TimeLayers.Timexes);
    private readonly IReadOnlyList<Clause> _clauses = document.Layers.Get(ClauseLayers.Clauses);

    /// <summary>Completes <paramref name="events"/>, the events of the document's clauses, with <paramref name="nominal"/>, those its nouns name.</summary>
    public void Finish(List<CodedEvent> events, List<CodedEvent> nominal)
    {
        AddHostings(events);
        CodeProtestsByTheirDemands(events);

        // A meeting named by a noun in a clause already coded as that meeting ("spoke … at the start of their talks", "held talks
        // with Russia on Tuesday") is the same event, also when the noun phrase alone gave it no date of its own; one that a
        // clause calls for, refuses or breaks off ("rejected talks with Ukraine") was not held.
        events.AddRange(nominal.Where(n => !events.Any(e => MeetingsNotHeld.IsNotHeld(_text, n, e)
            || e.SentenceIndex == n.SentenceIndex && e.CameoRoot == n.CameoRoot && (e.EventDate == n.EventDate || !n.DateFromText)
            && (e.Source.Code == n.Source.Code && e.Target?.Code == n.Target?.Code || e.Source.Code == n.Target?.Code && e.Target?.Code == n.Source.Code))));
        // Teams, firms and markets are no political actors: "France beat England", "the airline cancelled flights",
        // also in a sentence of a rugby or company story that names no match or market itself.
        var story = events.Count > 0 && EventDomain.Default.StoryOutsidePolitics(_text, _sentences);
        events.RemoveAll(e => EventDomain.Default.OutsidePolitics(e, story));
        EventDateCarrier.Carry(_text, _tokens, _sentences, new HappeningDates(_text, _tokens, _sentences, _clauses, _timexes), events);
        TerritoryStates.Apply(events, document.Document.Metadata.Published, MentionLexicon.Default.Knowledge);
    }

    /// <summary>
    /// "Thousands of students demonstrated in Jakarta, demanding that President Suharto resign": a protest whose makers' demand the
    /// sentence codes takes the sub-code of that demand (CAMEO 141 and 145: "use sub-categories if demands of protesters are known
    /// and codeable"; 1041 leadership change makes 1411 and 1451, 1042 policy 1412 and 1452, 1043 rights, 1044 institutions).
    /// </summary>
    private void CodeProtestsByTheirDemands(List<CodedEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var protest = events[i];
            if (protest.Cameo is not ("141" or "145")
                || events.Find(d => d.SentenceIndex == protest.SentenceIndex && d.Source.Code == protest.Source.Code && d.Cameo is ['1', '0', '4', >= '1' and <= '4'])
                    is not { } demand
                || codebook.Find(protest.Cameo + demand.Cameo[3]) is not { } specific)
            {
                continue;
            }

            events[i] = builder.Recoded(protest, specific);
        }
    }

    /// <summary>"Vietnam was preparing for Kim to arrive": the one who prepares hosts the visit (<see cref="HostingFrames"/>).</summary>
    private void AddHostings(List<CodedEvent> events)
    {
        foreach (var (host, visit) in HostingFrames.Find(_clauses))
        {
            if (sources.Of(host.Index) is [var source, ..] && actors.ActorsIn(visit.Subject!.Value) is [var guest, ..]
                && guest.Code != source.Code && codebook.Find(HostingFrames.HostCode) is { } code)
            {
                var pattern = new VerbPattern(host.Verb, false, [], code.Code, Curated: true);
                events.Add(builder.Build(host, new Span(host.Span.Start, extents.ExtentOf(visit).End), code, pattern, source, guest, inherited: false));
            }
        }
    }
}
