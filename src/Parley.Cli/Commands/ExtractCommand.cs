using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Extract;
using Parley.Read;
using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley extract PATH...</c>: reading, decoding and cleaning only, one JSON record per input,
/// for evaluations and for checking what Parley reads. Nothing is stored.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "files or folders to read", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format("jsonl", "jsonl");
        var command = new Command("extract", "Read and clean articles without storing them; one JSON record per input") { paths, format };
        command.SetAction(result => Run(result.GetValue(paths)!));
        return command;
    }

    private static int Run(string[] paths)
    {
        var reader = new ArticleReader(new ReadOptions());
        var rejected = 0;
        foreach (var input in InputFiles.Expand(paths))
        {
            var items = input is InputFile file ? reader.Read(file) : [input];
            foreach (var item in items)
            {
                switch (item)
                {
                    case ArticleCandidate candidate:
                        var article = DocumentFactory.Extract(candidate);
                        rejected += article.Problem is null ? 0 : 1;
                        Terminal.WriteRecord(Record(candidate, article));
                        break;
                    case InputProblem { Rejected: true } problem:
                        rejected++;
                        Terminal.WriteRecord(new JsonObject { ["file"] = problem.Location, ["error"] = problem.Reason });
                        break;
                }
            }
        }

        return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    private static JsonObject Record(ArticleCandidate candidate, ExtractedArticle article) => new()
    {
        ["file"] = candidate.Location,
        ["title"] = candidate.Title ?? article.Title,
        ["published"] = (candidate.Published ?? article.Published)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["authors"] = JsonSerializer.SerializeToNode(candidate.Authors ?? article.Authors),
        ["language"] = article.Language,
        ["text"] = article.Text,
        ["captions"] = JsonSerializer.SerializeToNode(article.Captions, LayerJson.Options),
        ["site_name"] = article.SiteName,
        ["canonical_url"] = article.CanonicalUrl,
        ["credits"] = JsonSerializer.SerializeToNode(article.Credits, LayerJson.Options),
        ["removed"] = article.Removed.Count,
        ["error"] = article.Problem,
    };
}
