using System.CommandLine;
using Parley.Output;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley show DOC_ID</c>: one stored document, with its layers.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("DOC_ID") { Description = "a document id, or an unambiguous start of one" };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "text", "json");
        var command = new Command("show", "Show one stored document, annotated") { id, database, format };
        command.SetAction(result => Run(result.GetValue(id)!, result.GetValue(database)!, result.GetValue(format)!));
        return command;
    }

    private static int Run(string id, string database, string format) => StoreReading.With(database, queries =>
    {
        var (document, error) = queries.FindDocument(id);
        if (document is null)
        {
            return Terminal.Fail(error!, ExitCodes.Usage);
        }

        var layers = queries.Layers(document.Id);
        if (format == "json")
        {
            Terminal.WriteRecord(Records.AnnotatedDocument(document, layers));
            return ExitCodes.Success;
        }

        var meta = document.Metadata;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) => grid.AddRow($"[grey]{name}[/]", Markup.Escape(value ?? "—"));
        Row("id", document.Id);
        Row("title", meta.Title);
        Row("published", StoreReading.Date(meta.Published) + (meta.PublishedInferred ? " (inferred)" : string.Empty));
        Row("source", meta.Source);
        Row("url", meta.Url);
        Row("authors", meta.Authors.Count > 0 ? string.Join(", ", meta.Authors) : null);
        Row("language", meta.Language);
        Row("origin", meta.Origin);
        Row("duplicate of", document.DuplicateOf);
        Row("layers", string.Join(", ", layers.Select(l => $"{l.Key} ({l.Value.GetArrayLength()})")));
        Terminal.Out.Write(new Panel(grid).Header("document").Border(BoxBorder.Rounded));
        foreach (var caption in meta.Captions)
        {
            Terminal.Out.MarkupLineInterpolated($"[grey]caption:[/] {caption.Text} [grey]{caption.Credit ?? string.Empty}[/]");
        }

        Terminal.Out.WriteLine();
        Terminal.Out.WriteLine(document.Text);
        return ExitCodes.Success;
    });
}
