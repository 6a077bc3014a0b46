using Parley.Model;

namespace Parley.Quotes;

/// <summary>Who a quote is attributed to, by which phrase, and through which medium; all as text spans.</summary>
internal readonly record struct Attribution(Span? Speaker, Span? Verb, Span? Via)
{
    public static readonly Attribution None = new(null, null, null);

    public bool HasSpeaker => Speaker is not null;
}
