using Parley.Clauses;

namespace Parley.Events;

/// <summary>
/// "Vietnam was preparing for Kim Jong Un to arrive": a clause whose subject prepares for someone
/// else (the subject of the infinitive, named in its "for" phrase) to arrive or visit makes that
/// subject the host of the visit (hosting-frames.tsv).
/// </summary>
internal static class HostingFrames
{
    /// <summary>CAMEO 043, host a visit.</summary>
    public const string HostCode = "043";

    private static readonly Lazy<Knowledge.WordKinds> Words = new(() => Knowledge.WordKinds.Read("events/hosting-frames.tsv"));

    private static readonly Lazy<HashSet<string>> Preparing = new(() => Words.Value.Of(StringComparer.Ordinal, "prepare"));

    private static readonly Lazy<HashSet<string>> Arriving = new(() => Words.Value.Of(StringComparer.Ordinal, "arrive"));

    /// <summary>The host's clause and the visitor's infinitive of each such frame.</summary>
    public static IEnumerable<(Clause Host, Clause Visit)> Find(IReadOnlyList<Clause> clauses)
    {
        for (var i = 0; i + 1 < clauses.Count; i++)
        {
            var (host, visit) = (clauses[i], clauses[i + 1]);
            if (!host.Negated && Preparing.Value.Contains(host.Verb) && visit.Kind == ClauseKind.Infinitive && visit.Parent == host.Index
                && Arriving.Value.Contains(visit.Verb) && visit.Subject is { } visitor && host.Arguments.Any(a => a.Preposition == "for" && a.Span == visitor))
            {
                yield return (host, visit);
            }
        }
    }
}
