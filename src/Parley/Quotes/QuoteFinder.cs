using Parley.Model;
using Parley.Text;

namespace Parley.Quotes;

/// <summary>
/// Finds the quotes of a document and their speakers as text, from tokens and sentences alone:
/// direct quotes between quotation marks (partial, multi-sentence, continued across paragraphs)
/// and reported speech after speech verbs. Speakers are spans such as "Trump" or "he"; turning
/// them into entities and actors is <see cref="SpeakerResolver"/>'s job. Thread-safe.
/// </summary>
public sealed class QuoteFinder
{
    /// <summary>
    /// An unattributed quote opening a sentence continues the previous speaker's quote when that
    /// one is at most this many sentences back (news runs a speaker's quotes in consecutive
    /// sentences; further back, another voice may have intervened).
    /// </summary>
    private const int MaxSentencesToPreviousQuote = 2;

    /// <summary>A one-word scare quote ("gadget", "successful") is as often the writer's as the subject's.</summary>
    private const int MinWordsForSubjectFallback = 2;

    private readonly QuoteLexicon _lexicon;

    public QuoteFinder()
        : this(QuoteLexicon.Default)
    {
    }

    internal QuoteFinder(QuoteLexicon lexicon) => _lexicon = lexicon;

    public List<Quote> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var index = new TokenSentences(sentences, tokens.Count);
        var regions = QuotedRegionScanner.Scan(text, tokens, index);
        var insideQuote = new bool[tokens.Count];
        foreach (var region in regions)
        {
            Array.Fill(insideQuote, true, region.Open, Math.Min(region.Close + 1, tokens.Count) - region.Open);
        }

        var cueFinder = new AttributionCueFinder(_lexicon, text, tokens);
        var cues = new List<AttributionCue>[sentences.Count];
        foreach (var sentence in sentences)
        {
            cues[sentence.Index] = cueFinder.Find(sentence, insideQuote);
        }

        var attributions = AttributeDirect(text, tokens, index, regions, cues, cueFinder.Phrases);
        var quotes = new List<Quote>(regions.Count * 2);
        for (var r = 0; r < regions.Count; r++)
        {
            quotes.Add(Build(text, regions[r].Content, direct: true, index.SentenceOf(regions[r].Open), attributions[r]));
        }

        var reported = new ReportedSpeechReader(_lexicon, text, tokens, cueFinder.Phrases);
        foreach (var sentence in sentences)
        {
            var list = cues[sentence.Index];
            foreach (var (clause, k) in reported.Read(sentence, list))
            {
                var attribution = new Attribution(list[k].Speaker, list[k].Verb, DirectQuoteAttributor.ViaFor(list, k));
                quotes.Add(Build(text, clause, direct: false, sentence.Index, attribution));
            }
        }

        return quotes;
    }

    private Attribution[] AttributeDirect(
        string text, IReadOnlyList<Token> tokens, TokenSentences index, List<QuotedRegion> regions, List<AttributionCue>[] cues, SpeakerPhrase phrases)
    {
        var attributor = new DirectQuoteAttributor(text, tokens, index, cues);
        var attributions = new Attribution[regions.Count];
        for (var r = 0; r < regions.Count; r++)
        {
            attributions[r] = attributor.Attribute(regions[r]);
        }

        ShareWithinChains(regions, attributions);
        for (var r = 0; r < regions.Count; r++)
        {
            if (!attributions[r].HasSpeaker)
            {
                attributions[r] = ContinuedFromPrevious(regions, attributions, r, index)
                    ?? SubjectOfSentence(text, tokens, index, regions[r], phrases)
                    ?? Attribution.None;
            }
        }

        return attributions;
    }

    /// <summary>Segments of a quotation continued across paragraphs share the attribution one of them has.</summary>
    private static void ShareWithinChains(List<QuotedRegion> regions, Attribution[] attributions)
    {
        for (var r = 0; r < regions.Count; r++)
        {
            if (attributions[r].HasSpeaker)
            {
                continue;
            }

            for (var o = 0; o < regions.Count; o++)
            {
                if (regions[o].Chain == regions[r].Chain && attributions[o].HasSpeaker)
                {
                    attributions[r] = attributions[o];
                    break;
                }
            }
        }
    }

    private static Attribution? ContinuedFromPrevious(List<QuotedRegion> regions, Attribution[] attributions, int r, TokenSentences index)
    {
        var sentence = index.Of(regions[r].Open);
        if (regions[r].Open != sentence.FirstToken || r == 0)
        {
            return null;
        }

        var previous = attributions[r - 1];
        var previousSentence = index.Of(Math.Min(regions[r - 1].Close, regions[r].Open));
        var near = sentence.Index - previousSentence.Index <= MaxSentencesToPreviousQuote
            && sentence.Paragraph - previousSentence.Paragraph <= 1;
        return previous.HasSpeaker && near ? previous : null;
    }

    /// <summary>
    /// A partial quote with no attribution in its sentence is taken to be the words of the
    /// sentence's subject when that subject is clearly a name: a full name ("… Donald Trump held
    /// out the prospect …, but only if it does "something that's meaningful""), or any name after an
    /// introductory phrase and its comma. One-word scare quotes are left unattributed.
    /// </summary>
    private Attribution? SubjectOfSentence(string text, IReadOnlyList<Token> tokens, TokenSentences index, QuotedRegion region, SpeakerPhrase phrases)
    {
        var sentence = index.Of(region.Open);
        if (region.Open == sentence.FirstToken || WordsBetween(tokens, region.Open, region.Close) < MinWordsForSubjectFallback)
        {
            return null;
        }

        var start = sentence.FirstToken;
        while (start < region.Open && _lexicon.StopWords.Contains(tokens[start].In(text)) && !_lexicon.SentenceOpeners.Contains(tokens[start].In(text)))
        {
            start++; // "But Trump …"
        }

        var afterOpener = start < region.Open && _lexicon.SentenceOpeners.Contains(tokens[start].In(text));
        if (afterOpener)
        {
            var comma = start;
            while (comma < region.Open && tokens[comma].In(text) is not ",")
            {
                comma++;
            }

            start = comma + 1;
        }

        return start < region.Open && phrases.SubjectAt(start, region.Open, minCapitalized: afterOpener ? 1 : 2) is { } subject
            ? new Attribution(subject, null, null)
            : null;
    }

    private static int WordsBetween(IReadOnlyList<Token> tokens, int open, int close)
    {
        var words = 0;
        for (var j = open + 1; j < close && j < tokens.Count; j++)
        {
            words += tokens[j].Kind == TokenKind.Word ? 1 : 0;
        }

        return words;
    }

    private static Quote Build(string text, Span span, bool direct, int sentence, Attribution attribution) => new(span, direct, sentence)
    {
        SpeakerSpan = attribution.Speaker,
        SpeakerText = attribution.Speaker?.Slice(text),
        Verb = attribution.Verb?.Slice(text),
        ViaSpan = attribution.Via,
        ViaText = attribution.Via?.Slice(text),
    };
}
