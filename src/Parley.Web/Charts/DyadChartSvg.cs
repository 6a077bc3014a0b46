using System.Globalization;
using System.Text;

namespace Parley.Web.Charts;

/// <summary>
/// Draws a dyad series as SVG: stacked bars of event counts by quad class, and the mean Goldstein
/// score as a line on its own −10…+10 axis. Each bar links to the bucket's events listed under it.
/// </summary>
public static class DyadChartSvg
{
    public static readonly string[] QuadColors = ["#4f8edc", "#2a9d6f", "#e0a030", "#d04545"];

    public static readonly string[] QuadNames = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    private const int Width = 900;
    private const int Height = 320;
    private const int Left = 44;
    private const int Right = 44;
    private const int Top = 16;
    private const int Bottom = 56;

    public static string Render(DyadSeries series)
    {
        var svg = new StringBuilder();
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var max = Math.Max(1, series.Points.Count == 0 ? 1 : series.Points.Max(p => p.Total));
        var slot = series.Points.Count == 0 ? plotWidth : (double)plotWidth / series.Points.Count;
        var bar = Math.Max(2, slot * 0.6);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"events by quad class and mean Goldstein score\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Left + plotWidth}\" y2=\"{Top + plotHeight}\" class=\"axis\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{Top + 10}\" class=\"tick\">{max}</text><text x=\"4\" y=\"{Top + plotHeight}\" class=\"tick\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 6}\" y=\"{Top + 10}\" class=\"tick\">+10</text><text x=\"{Width - Right + 6}\" y=\"{Top + plotHeight / 2 + 4}\" class=\"tick\">0</text><text x=\"{Width - Right + 6}\" y=\"{Top + plotHeight}\" class=\"tick\">−10</text>");
        var line = new List<string>();
        for (var i = 0; i < series.Points.Count; i++)
        {
            var point = series.Points[i];
            var x = Left + (slot * i) + ((slot - bar) / 2);
            var y = (double)(Top + plotHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"#bucket-{point.Key}\" class=\"bar\" data-bucket=\"{point.Key}\"><title>{point.Key}: {point.Total} event(s), mean Goldstein {point.MeanGoldstein:0.0}</title>");
            for (var q = 0; q < 4; q++)
            {
                var h = plotHeight * point.CountsByQuad[q] / (double)max;
                if (h <= 0)
                {
                    continue;
                }

                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{bar:0.#}\" height=\"{h:0.#}\" fill=\"{QuadColors[q]}\"/>");
            }

            svg.Append("</a>");
            var gx = x + (bar / 2);
            var gy = Top + (plotHeight / 2.0) - (point.MeanGoldstein / 10.0 * plotHeight / 2.0);
            line.Add(string.Create(CultureInfo.InvariantCulture, $"{gx:0.#},{gy:0.#}"));
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{gx:0.#}\" cy=\"{gy:0.#}\" r=\"3\" class=\"goldstein\"/>");
            if (series.Points.Count <= 24 || i % Math.Max(1, series.Points.Count / 12) == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{gx:0.#}\" y=\"{Height - Bottom + 16}\" class=\"tick\" text-anchor=\"middle\">{point.Key}</text>");
            }
        }

        if (line.Count > 1)
        {
            svg.Append("<polyline class=\"goldstein\" points=\"").Append(string.Join(' ', line)).Append("\"/>");
        }

        for (var q = 0; q < 4; q++)
        {
            var lx = Left + (q * 190);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{Height - 18}\" width=\"10\" height=\"10\" fill=\"{QuadColors[q]}\"/><text x=\"{lx + 14}\" y=\"{Height - 9}\" class=\"tick\">{QuadNames[q]}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left + 770}\" y1=\"{Height - 13}\" x2=\"{Left + 790}\" y2=\"{Height - 13}\" class=\"goldstein\"/><text x=\"{Left + 794}\" y=\"{Height - 9}\" class=\"tick\">Goldstein</text>");
        return svg.Append("</svg>").ToString();
    }
}
