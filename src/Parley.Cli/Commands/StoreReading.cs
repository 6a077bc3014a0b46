using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary>Opens a store for a read-only verb, turning an unusable store into a clear error.</summary>
internal static class StoreReading
{
    public static int With(string database, Func<DocumentQueries, int> action) => With(() => new DocumentQueries(database), action);

    /// <summary>The same for the verbs that read the indexed layer rows (events, plots).</summary>
    public static int WithLayers(string database, Func<LayerQueries, int> action) => With(() => new LayerQueries(database), action);

    private static int With<T>(Func<T> open, Func<T, int> action)
        where T : IDisposable
    {
        T queries;
        try
        {
            queries = open();
        }
        catch (StoreException e)
        {
            return Terminal.Fail(e.Message, ExitCodes.Usage);
        }

        using (queries)
        {
            return action(queries);
        }
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    public static string Shorten(string? text, int length)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var flat = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
        return flat.Length <= length ? flat : flat[..(length - 1)] + "…";
    }
}
