using Parley.Clauses;

namespace Parley.Events;

/// <summary>
/// Where a clause's act takes place: its own "in/at" place, else that of the act it announces ("threatened to impose a curfew
/// in Algiers"). The target, the counterpart and each event of a clause ask for it, so the place of the clause last asked
/// about is kept (state for one document; not shared between threads).
/// </summary>
internal sealed class ClauseLocations(string text, IReadOnlyList<Clause> clauses, ClauseExtents extents, PlaceGazetteer places)
{
    /// <summary>CAMEO 087, de-escalate military engagement: its sub-codes (0874 retreat) leave a place.</summary>
    private const string DeescalationCode = "087";

    private (int Clause, EventLocation? Location) _last = (-1, null);

    public EventLocation? Of(Clause clause)
    {
        if (_last.Clause != clause.Index)
        {
            _last = (clause.Index, places.LocationOf(text, clause)
                ?? extents.GovernedInfinitives(clause).Select(i => places.LocationOf(text, clauses[i])).FirstOrDefault(l => l is not null));
        }

        return _last.Location;
    }

    /// <summary>
    /// "Two policemen dragged a blogger out of a cafe in Alexandria and beat him to death": the place of the clause before a verb
    /// coordinated with it, whose subject the clause reader gave it; null for none. Only force asks, for a visitor's next stop is
    /// elsewhere ("met Assad in Damascus and then flew to Israel").
    /// </summary>
    public EventLocation? OfCoordinated(Clause clause) =>
        clause.Index > 0 && clause.Subject is { } subject && clauses[clause.Index - 1] is { } before
        && before.Sentence == clause.Sentence && before.Subject == subject && before.VerbToken.End <= clause.VerbToken.Start
            ? Of(before)
            : null;

    /// <summary>
    /// The known place a clause acts on, when it names no actor there ("shelled the Gaza Strip", "occupied the Golan Heights",
    /// "imposed a blockade on the Gaza Strip", "Aleppo was bombed", "were killed in a rocket attack on the outskirts of Aleppo"): a
    /// passive's subject, the object, or a phrase "on" or "against" it. The place's country is the one acted on, as the population
    /// of a place is for an act done in it.
    /// </summary>
    public EventLocation? ActedOn(Clause clause)
    {
        if (clause.Passive && clause.Subject is { } subject && BombingAgents.PlaceIn(text, subject, places) is { } struck)
        {
            return struck;
        }

        if (clause.DirectObject is { } direct && BombingAgents.PlaceIn(text, direct, places) is { } place)
        {
            return place;
        }

        foreach (var argument in clause.Arguments)
        {
            // "shelled rebel-held areas of Aleppo", "pounded the outskirts of Kabul": the place of the object's "of" phrase is acted on too.
            var ofObject = argument.Preposition == "of" && clause.DirectObject is { } acted && acted.End <= argument.Span.Start
                && text.AsSpan(acted.End, argument.Span.Start - acted.End).Trim() is "of";
            if ((argument.Preposition is "on" or "against" || ofObject) && BombingAgents.PlaceIn(text, argument.Span, places) is { } hit)
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>
    /// The clause's own place, or one an "on" or "into" phrase names: where a state's measure holds or admits to ("a curfew was
    /// imposed on the Kashmiri city of Srinagar", "aid agencies were allowed into Darfur"), where an attack no one is named for struck
    /// ("were killed in a rocket attack on Kabul"); null for none.
    /// </summary>
    public EventLocation? OwnOrTargetPlace(Clause clause)
    {
        if (Of(clause) is { } place)
        {
            return place;
        }

        foreach (var argument in clause.Arguments)
        {
            if (argument.Preposition is "on" or "into" && argument.Span.Start >= clause.VerbToken.End && BombingAgents.PlaceIn(text, argument.Span, places) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>"sent humanitarian aid to Gaza", "flew medicines into Grozny": the known place a "to" or "into" phrase after the verb sends something to.</summary>
    public EventLocation? DestinationOf(Clause clause)
    {
        foreach (var argument in clause.Arguments)
        {
            if (argument.Preposition is "to" or "into" && argument.Span.Start >= clause.VerbToken.End && BombingAgents.PlaceIn(text, argument.Span, places) is { } destination)
            {
                return destination;
            }
        }

        return null;
    }

    /// <summary>
    /// The known place a yielding act eases its hold on ("lifted the curfew on Hebron", "eased its blockade of Ramallah": the
    /// clause's <paramref name="actedOn"/> place, <see cref="ActedOn"/>), or, for a military de-escalation, the place its forces
    /// leave ("withdrew from the Gaza Strip", "pulled out of Jenin"). A release "from prison" names no place; only pulling back does.
    /// </summary>
    public EventLocation? YieldedOn(Clause clause, string code, EventLocation? actedOn)
    {
        if (actedOn is not null)
        {
            return actedOn;
        }

        if (clause.Passive || !code.StartsWith(DeescalationCode, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var argument in clause.Arguments)
        {
            var outOf = argument.Preposition == "of" && text.AsSpan(0, argument.Span.Start).TrimEnd().EndsWith(" out of", StringComparison.Ordinal);
            if ((argument.Preposition == "from" || outOf) && argument.Span.Start >= clause.VerbToken.End
                && BombingAgents.PlaceIn(text, argument.Span, places) is { } left)
            {
                return left;
            }
        }

        return null;
    }
}
