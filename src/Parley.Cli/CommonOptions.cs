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

    public static Option<string?> Knowledge() => new("--knowledge")
    {
        Description = "a folder of your own data files (e.g. knowledge/people.tsv) merged over Parley's",
        HelpName = "DIR",
    };

    /// <summary>Points the data files at the user's folder; false (with the error printed) when it does not exist.</summary>
    public static bool ApplyKnowledge(string? folder)
    {
        if (folder is null)
        {
            return true;
        }

        if (!Directory.Exists(folder))
        {
            Terminal.Fail($"--knowledge '{folder}' is not a folder", ExitCodes.Usage);
            return false;
        }

        Parley.Knowledge.DataFiles.OverrideDirectory = Path.GetFullPath(folder);
        return true;
    }

    public static Option<int?> Limit(string description) => new("--limit")
    {
        Description = description,
        HelpName = "N",
    };
}
