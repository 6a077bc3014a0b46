using Parley.Model;

namespace Parley.Quotes;

public static class QuoteLayers
{
    public static readonly LayerKey<Quote> Quotes = new("quotes");
}
