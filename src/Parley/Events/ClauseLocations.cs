using Parley.Clauses;

namespace Parley.Events;

/// <summary>
/// Where a clause's act takes place: its own "in/at" place, else that of the act it announces ("threatened to impose a curfew
/// in Algiers"). The target, the counterpart and each event of a clause ask for it, so the place of the clause last asked
/// about is kept (state for one document; not shared between threads).
/// </summary>
internal sealed class ClauseLocations(string text, IReadOnlyList<Clause> clauses, ClauseExtents extents, PlaceGazetteer places)
{
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
}
