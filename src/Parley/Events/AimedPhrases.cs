using Parley.Clauses;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// The phrases naming what a clause's force is turned on: a passive's subject ("protesters were shot"), else the direct object and
/// the phrases of aim ("fired on", "shot at", "fired into", "against").
/// </summary>
internal static class AimedPhrases
{
    /// <summary>Prepositions whose phrase names what force is turned on.</summary>
    private static readonly string[] AimPrepositions = ["on", "at", "into", "against"];

    public static IEnumerable<Span> Of(Clause clause)
    {
        if (clause.Passive)
        {
            if (clause.Subject is { } patient)
            {
                yield return patient;
            }

            yield break;
        }

        if (clause.DirectObject is { } direct)
        {
            yield return direct;
        }

        foreach (var argument in clause.Arguments)
        {
            if (Array.IndexOf(AimPrepositions, argument.Preposition) >= 0)
            {
                yield return argument.Span;
            }
        }
    }
}
