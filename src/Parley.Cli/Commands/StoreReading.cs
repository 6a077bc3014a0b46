using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary>Opens a store for a read-only verb, turning an unusable store into a clear error.</summary>
internal static class StoreReading
{
    public static int With(string database, Func<DocumentQueries, int> action)
    {
        DocumentQueries queries;
        try
        {
            queries = new DocumentQueries(database);
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
