using System.CommandLine;

namespace Parley.Cli;

/// <summary>Options several verbs share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "parley.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "the SQLite store (created by ingest)",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "FILE",
    };

    public static Option<string> Format(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"output format: {string.Join(", ", formats)}",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<int?> Limit(string description) => new("--limit")
    {
        Description = description,
        HelpName = "N",
    };
}
