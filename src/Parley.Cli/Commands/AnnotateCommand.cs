using System.CommandLine;
using System.Text;
using Parley.Extract;
using Parley.Identify;
using Parley.Model;
using Parley.Output;
using Parley.Pipeline;
using Parley.Read;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley annotate FILE</c>: analyze one article without storing it and print its layers as
/// stand-off JSON (an <c>annotated_document</c> record), for checking Parley's reading.
/// </summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "one article (.txt, .html, or .gz of either)" };
        var date = new Option<string?>("--date") { Description = "publication date to resolve relative dates against", HelpName = "YYYY-MM-DD" };
        var plain = new Option<bool>("--plain") { Description = "take the file's text exactly as the body: no cleaning, no title; offsets are offsets into the file" };
        var format = CommonOptions.Format("json", "json");
        var knowledge = CommonOptions.Knowledge();
        var command = new Command("annotate", "Analyze one file without storing it; print its layers as stand-off JSON") { file, date, plain, format, knowledge };
        command.SetAction(result => CommonOptions.ApplyKnowledge(result.GetValue(knowledge))
            ? Run(result.GetValue(file)!, result.GetValue(date), result.GetValue(plain))
            : ExitCodes.Usage);
        return command;
    }

    private static int Run(string path, string? date, bool plain)
    {
        DateOnly? published = null;
        if (date is not null && (published = DateParsing.ParseDate(date)) is null)
        {
            return Terminal.Fail($"--date '{date}' is not a date; use YYYY-MM-DD", ExitCodes.Usage);
        }

        var options = new ReadOptions { DefaultPublished = published };
        var item = File.Exists(path)
            ? new ArticleReader(options).Read(new InputFile(path)).FirstOrDefault()
            : new InputProblem(path, null, "no such file");
        if (item is not ArticleCandidate candidate)
        {
            return Terminal.Fail(item is InputProblem problem ? problem.ToString() : $"{path}: no article in the file", ExitCodes.SomeRejected);
        }

        var made = plain ? AsIs(candidate, published) : new DocumentFactory(options).Create(candidate);
        if (made.Document is null)
        {
            return Terminal.Fail(made.Problem!.ToString(), ExitCodes.SomeRejected);
        }

        var annotated = DefaultPipeline.Build().Run(made.Document);
        Terminal.WriteRecord(Records.AnnotatedDocument(annotated));
        return ExitCodes.Success;
    }

    /// <summary>The file's decoded text, unchanged, as the document's text.</summary>
    private static DocumentOrProblem AsIs(ArticleCandidate candidate, DateOnly? published)
    {
        var text = candidate.Content;
        var document = new Document
        {
            Id = DocumentIdentity.IdOf(text),
            Text = text,
            Metadata = new DocumentMetadata
            {
                Published = candidate.Published ?? published,
                Origin = candidate.Location,
                Language = LanguageIdentifier.Identify(text),
            },
        };
        return new DocumentOrProblem(document, null);
    }
}
