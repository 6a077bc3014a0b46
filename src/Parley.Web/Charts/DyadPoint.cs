using System.Text.Json.Nodes;

namespace Parley.Web.Charts;

/// <summary>One bucket of a dyad series: event counts by quad class (index 0 = class 1), mean Goldstein, the events.</summary>
public sealed record DyadPoint(string Key, int[] CountsByQuad, double MeanGoldstein, IReadOnlyList<JsonObject> Events)
{
    public int Total => CountsByQuad.Sum();
}
