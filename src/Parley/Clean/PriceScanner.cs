using System.Buffers;

namespace Parley.Clean;

/// <summary>
/// Counts price and billing cues in a block: amounts with a currency sign or code ("₹2,700",
/// "USD 49"), billing periods ("/Month", "per year") and plan durations ("1 Year", "3 Months").
/// A story mentions money too; callers weigh the count against the block's shape.
/// </summary>
/// <remarks>Runs on every block of every article, so it reads the words as spans of the block's text.</remarks>
internal static class PriceScanner
{
    public static int Count(TextUnit unit, CleaningCues cues)
    {
        var text = unit.Text.AsSpan();
        var buffer = ArrayPool<Range>.Shared.Rent(text.Count(' ') + 1);
        try
        {
            var words = text.Split(buffer, ' ', StringSplitOptions.RemoveEmptyEntries);
            var count = 0;
            for (var i = 0; i < words; i++)
            {
                var token = text[buffer[i]].TrimEnd(",;.)*");
                var next = i + 1 < words ? text[buffer[i + 1]] : [];
                if (IsAmountWithSign(token, cues)
                    || (IsCode(token, cues) && StartsWithDigit(next))
                    || (StartsWithDigit(token) && i > 0 && IsCode(text[buffer[i - 1]], cues)))
                {
                    count++;
                    continue;
                }

                if (token.StartsWith('/') && IsPeriod(token[1..], cues))
                {
                    count++;
                }
                else if (i + 1 < words && IsPeriod(next.TrimEnd(",;."), cues)
                    && (IsNumber(token) || token.Equals("per", StringComparison.OrdinalIgnoreCase)))
                {
                    count++;
                }
            }

            return count;
        }
        finally
        {
            ArrayPool<Range>.Shared.Return(buffer);
        }
    }

    private static bool IsAmountWithSign(ReadOnlySpan<char> token, CleaningCues cues)
    {
        if (!token.ContainsAny(cues.CurrencySymbolSearch))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCode(ReadOnlySpan<char> token, CleaningCues cues) => cues.CurrencyCodeLookup.Contains(token);

    private static bool IsPeriod(ReadOnlySpan<char> word, CleaningCues cues) =>
        cues.BillingPeriodLookup.Contains(word) || (word.EndsWith('s') || word.EndsWith('S')) && cues.BillingPeriodLookup.Contains(word[..^1]);

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!(char.IsDigit(c) || c is ',' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithDigit(ReadOnlySpan<char> token) => token.Length > 0 && char.IsDigit(token[0]);
}
