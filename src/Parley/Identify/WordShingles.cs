using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Parley.Identify;

/// <summary>
/// The set of word n-gram ("shingle") hashes of a text: words are runs of letters and digits,
/// lower-cased, with apostrophes inside words dropped ("Korea’s" = "koreas"), everything else
/// separating. Returned sorted and distinct, so two sets compare by a linear merge.
/// </summary>
public static class WordShingles
{
    /// <summary>
    /// Five words: long enough that two different stories on one topic rarely share a shingle
    /// ("sanctions on North Korea" is four words), short enough that a changed word only spoils
    /// five shingles of a copy.
    /// </summary>
    public const int DefaultSize = 5;

    private const int MaxStackWord = 128;

    public static ulong[] Of(string text, int size = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var words = WordHashes(text);
        if (words.Count == 0)
        {
            return [];
        }

        if (words.Count < size)
        {
            // A text shorter than one shingle is one shingle: identical short texts still match.
            return [Combine(CollectionsMarshal.AsSpan(words))];
        }

        var shingles = new ulong[words.Count - size + 1];
        var span = CollectionsMarshal.AsSpan(words);
        for (var i = 0; i < shingles.Length; i++)
        {
            shingles[i] = Combine(span.Slice(i, size));
        }

        Array.Sort(shingles);
        var distinct = 0;
        for (var i = 0; i < shingles.Length; i++)
        {
            if (i == 0 || shingles[i] != shingles[distinct - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }

        return distinct == shingles.Length ? shingles : shingles[..distinct];
    }

    private static ulong Combine(ReadOnlySpan<ulong> words) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(words));

    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 6);
        Span<char> buffer = stackalloc char[MaxStackWord];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < MaxStackWord)
                {
                    buffer[length] = char.ToLowerInvariant(c);
                }

                length++;
                continue;
            }

            if (c is '\'' or '’' && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                continue;
            }

            if (length > 0)
            {
                // Words longer than the buffer are hashed on their first 128 characters: such
                // "words" are URLs or junk, and a shared prefix is as good a key as any.
                hashes.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer[..Math.Min(length, MaxStackWord)])));
                length = 0;
            }
        }

        return hashes;
    }
}
