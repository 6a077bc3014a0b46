using Parley.Knowledge;

namespace Parley.Extract;

/// <summary>
/// Identifies a text's language from the share of its opening words that are one language's most
/// frequent function words (<c>data/language/common-words.tsv</c>). Answers only when the evidence
/// is overwhelming; otherwise returns null and a statistical detector decides.
/// </summary>
internal sealed class CommonWordProfile
{
    /// <summary>Enough words to be sure of a language, few enough to stay cheap on long texts.</summary>
    private const int SampleWords = 120;

    /// <summary>Function words are 30-40% of running news text; with the lead below, 12% is unmistakable.</summary>
    private const double MinShare = 0.12;

    /// <summary>The winner must have at least this many times the hits of the runner-up.</summary>
    private const double MinLead = 3.0;

    private static readonly Lazy<CommonWordProfile> Loaded = new(Load);

    private readonly Dictionary<string, int> _languageOf;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _languages;

    private CommonWordProfile(Dictionary<string, int> languageOf, string[] languages)
    {
        _languageOf = languageOf;
        _lookup = languageOf.GetAlternateLookup<ReadOnlySpan<char>>();
        _languages = languages;
    }

    public static CommonWordProfile Default => Loaded.Value;

    public string? Identify(string text)
    {
        Span<int> hits = stackalloc int[_languages.Length];
        Span<char> lower = stackalloc char[32];
        var words = 0;
        var i = 0;
        while (i < text.Length && words < SampleWords)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var length = i - start;
            if (length == 0)
            {
                break;
            }

            words++;
            if (length <= lower.Length)
            {
                var word = lower[..length];
                text.AsSpan(start, length).ToLowerInvariant(word);
                if (_lookup.TryGetValue(word, out var language))
                {
                    hits[language]++;
                }
            }
        }

        var best = -1;
        var second = 0;
        for (var l = 0; l < hits.Length; l++)
        {
            if (best < 0 || hits[l] > hits[best])
            {
                second = best < 0 ? 0 : Math.Max(second, hits[best]);
                best = l;
            }
            else
            {
                second = Math.Max(second, hits[l]);
            }
        }

        return best >= 0 && words > 0 && hits[best] >= words * MinShare && hits[best] >= second * MinLead ? _languages[best] : null;
    }

    private static CommonWordProfile Load()
    {
        var languages = new List<string>();
        var languageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadDataLines("language/common-words.tsv").Skip(1))
        {
            var columns = line.Split('\t');
            var index = languages.Count;
            languages.Add(columns[0]);
            foreach (var word in columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!languageOf.TryAdd(word, index) && languageOf[word] != index)
                {
                    shared.Add(word);
                }
            }
        }

        foreach (var word in shared)
        {
            languageOf.Remove(word);
        }

        return new CommonWordProfile(languageOf, [.. languages]);
    }
}
