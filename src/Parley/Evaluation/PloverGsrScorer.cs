using Parley.Entities;
using Parley.Events;
using Parley.Knowledge;

namespace Parley.Evaluation;

/// <summary>
/// Scores coded events against the PLOVER gold-standard records: a predicted (category, source
/// country, target country) is correct when its category is the record's, its source is one of the
/// record's sources and its target one of its targets (for a joint act without targets: none, or
/// another of its sources). Precision counts distinct predicted triples per sentence; recall counts
/// records with at least one correct triple. Codes without a category (statements) are not scored.
/// </summary>
public sealed class PloverGsrScorer
{
    private readonly List<(string Prefix, string Category)> _categories;
    private readonly Dictionary<string, string> _goldCodes;

    public PloverGsrScorer()
    {
        _categories = [.. DataFiles.ReadDataLines("evaluation/plover-gsr-categories.tsv").Skip(1)
            .Select(l => l.Split('\t')).Select(c => (c[0], c[1])).OrderByDescending(p => p.Item1.Length)];
        _goldCodes = DataFiles.ReadDataLines("evaluation/plover-gsr-codes.tsv").Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);
    }

    public string? CategoryOf(string cameo) => _categories.FirstOrDefault(p => cameo.StartsWith(p.Prefix, StringComparison.Ordinal)).Category;

    public static string ActorKey(Actor actor) => actor.Country ?? (actor.Code.Length >= 3 ? actor.Code[..3] : actor.Code);

    /// <summary>Scores every record with the events <paramref name="code"/> finds in its text; returns per-category scores, overall last.</summary>
    public IReadOnlyList<PloverCategoryScore> Score(IEnumerable<PloverGsrRecord> records, Func<PloverGsrRecord, IReadOnlyList<CodedEvent>> code)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int[] Counts(string category) => counts.TryGetValue(category, out var c) ? c : counts[category] = new int[4];
        foreach (var record in records)
        {
            var sources = record.Sources.Select(Gold).ToHashSet(StringComparer.Ordinal);
            var targets = record.Targets.Select(Gold).ToHashSet(StringComparer.Ordinal);
            Counts(record.Category)[0]++;
            var triples = code(record)
                .Select(e => (Category: CategoryOf(e.Cameo), Source: ScoredKey(e.Source), Target: e.Target is null ? null : ScoredKey(e.Target)))
                .Where(t => t.Category is not null)
                .Distinct()
                .ToList();
            var found = false;
            foreach (var (category, source, target) in triples)
            {
                var correct = Matches(category!, source, target, record.Category, sources, targets);
                Counts(category!)[2]++;
                if (correct)
                {
                    Counts(category!)[3]++;
                    found = true;
                }
            }

            if (found)
            {
                Counts(record.Category)[1]++;
            }
        }

        var scores = counts.Select(p => new PloverCategoryScore(p.Key, p.Value[0], p.Value[1], p.Value[2], p.Value[3])).ToList();
        scores.Add(new PloverCategoryScore("ALL", scores.Sum(s => s.Gold), scores.Sum(s => s.Found), scores.Sum(s => s.Predicted), scores.Sum(s => s.Correct)));
        return scores;
    }

    /// <summary>Whether one coded event is a correct triple for the record, as <see cref="Score"/> counts it.</summary>
    public bool IsCorrect(PloverGsrRecord record, CodedEvent coded) =>
        CategoryOf(coded.Cameo) is { } category
        && Matches(category, ScoredKey(coded.Source), coded.Target is null ? null : ScoredKey(coded.Target), record.Category,
            record.Sources.Select(Gold).ToHashSet(StringComparer.Ordinal), record.Targets.Select(Gold).ToHashSet(StringComparer.Ordinal));

    private static bool Matches(string category, string source, string? target, string goldCategory, HashSet<string> sources, HashSet<string> targets) =>
        category == goldCategory && sources.Contains(source)
        && (targets.Count == 0 ? target is null || sources.Contains(target) : target is not null && targets.Contains(target));

    private string Gold(string code) => _goldCodes.GetValueOrDefault(code, code);

    /// <summary>The key a predicted actor is compared by: the same table applies to both sides, so an organisation Parley codes NGO meets the gold's IGO.</summary>
    private string ScoredKey(Actor actor) => Gold(ActorKey(actor));
}
