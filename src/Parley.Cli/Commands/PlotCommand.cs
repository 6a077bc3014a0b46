using System.CommandLine;
using Parley.Store;
using Parley.Web.Charts;
using ScottPlot;
using Spectre.Console;
using Color = ScottPlot.Color;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley plot dyad A B -o chart.png|svg</c>: the dashboard's dyad chart as a file for reports —
/// stacked event counts by quad class per bucket, and the mean Goldstein score on a second axis.
/// </summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("A") { Description = "first actor code (USA, PRKGOV…)" };
        var b = new Argument<string>("B") { Description = "second actor code" };
        var output = new Option<string>("--output", "-o") { Description = "the file to write: .png or .svg", Required = true, HelpName = "FILE" };
        var bucket = new Option<string>("--bucket") { Description = "day, week or month", DefaultValueFactory = _ => "month" };
        bucket.AcceptOnlyFromAmong(DyadSeries.Buckets);
        var database = CommonOptions.Database();
        var dyad = new Command("dyad", "Events between two actors over time, by quad class, with the mean Goldstein score") { a, b, output, bucket, database };
        dyad.SetAction(result => Run(result.GetValue(a)!, result.GetValue(b)!, result.GetValue(output)!, result.GetValue(bucket)!, result.GetValue(database)!));
        return new Command("plot", "Charts as image files") { dyad };
    }

    private static int Run(string a, string b, string output, string bucket, string database)
    {
        var extension = Path.GetExtension(output).ToLowerInvariant();
        if (extension is not (".png" or ".svg"))
        {
            return Terminal.Fail($"'{output}': write a .png or an .svg file", ExitCodes.Usage);
        }

        DyadSeries? series = null;
        var read = StoreReading.WithLayers(database, layers =>
        {
            series = DyadSeries.Between(layers, a, b, bucket);
            return ExitCodes.Success;
        });
        if (series is null)
        {
            return read;
        }

        var plot = Draw(series, $"{a.ToUpperInvariant()} ↔ {b.ToUpperInvariant()}");
        if (extension == ".png")
        {
            plot.SavePng(output, 1200, 600);
        }
        else
        {
            plot.SaveSvg(output, 1200, 600);
        }

        Terminal.Error.WriteLine($"{output}: {series.Points.Sum(p => p.Total)} event(s) in {series.Points.Count} {bucket} bucket(s)");
        return ExitCodes.Success;
    }

    private static Plot Draw(DyadSeries series, string title)
    {
        var plot = new Plot();
        plot.Title(title);
        var positions = new List<Tick>();
        for (var i = 0; i < series.Points.Count; i++)
        {
            var point = series.Points[i];
            double bottom = 0;
            for (var q = 0; q < 4; q++)
            {
                var count = point.CountsByQuad[q];
                if (count == 0)
                {
                    continue;
                }

                var bar = plot.Add.Bar(new Bar { Position = i, ValueBase = bottom, Value = bottom + count, FillColor = Color.FromHex(DyadChartSvg.QuadColors[q]) });
                bar.Axes.YAxis = plot.Axes.Left;
                bottom += count;
            }

            positions.Add(new Tick(i, point.Key));
        }

        var goldstein = plot.Add.Scatter(Enumerable.Range(0, series.Points.Count).Select(i => (double)i).ToArray(), series.Points.Select(p => p.MeanGoldstein).ToArray());
        goldstein.Axes.YAxis = plot.Axes.Right;
        goldstein.Color = Colors.Black;
        plot.Axes.Right.Label.Text = "Goldstein (−10 … +10)";
        plot.Axes.SetLimitsY(-10, 10, plot.Axes.Right);
        plot.Axes.Left.Label.Text = "events";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. positions]);
        for (var q = 0; q < 4; q++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = DyadChartSvg.QuadNames[q], FillColor = Color.FromHex(DyadChartSvg.QuadColors[q]) });
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "mean Goldstein", LineColor = Colors.Black, LineWidth = 2 });
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
