using Parley.Model;

namespace Parley.Clauses;

public static class ClauseLayers
{
    /// <summary>Clauses are an intermediate analysis, recomputed in milliseconds and large as JSON (it doubled the store): kept in memory, not stored.</summary>
    public static readonly LayerKey<Clause> Clauses = new("clauses", stored: false);
}
