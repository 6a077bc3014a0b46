using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Parley.Events;

/// <summary>Stable ids for events and their clusters: a hash of the fields that make them the same.</summary>
internal static class EventIds
{
    public static string Hash(string key) =>
        XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key)).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>The document-level cluster of an event: same kind of act, same actors, same date.</summary>
    public static string Cluster(string docId, string root, Entities.Actor source, Entities.Actor? target, string date) =>
        Hash($"{docId}|{root}|{source.Code}|{target?.Code}|{date}");
}
