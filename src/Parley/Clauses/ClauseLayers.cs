using Parley.Model;

namespace Parley.Clauses;

public static class ClauseLayers
{
    public static readonly LayerKey<Clause> Clauses = new("clauses");
}
