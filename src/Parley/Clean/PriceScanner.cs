namespace Parley.Clean;

/// <summary>
/// Counts price and billing cues in a block: amounts with a currency sign or code ("₹2,700",
/// "USD 49"), billing periods ("/Month", "per year") and plan durations ("1 Year", "3 Months").
/// A story mentions money too; callers weigh the count against the block's shape.
/// </summary>
internal static class PriceScanner
{
    public static int Count(TextUnit unit, CleaningCues cues)
    {
        var tokens = unit.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].TrimEnd(',', ';', '.', ')', '*');
            if (IsAmountWithSign(token, cues)
                || (IsCode(token, cues) && i + 1 < tokens.Length && StartsWithDigit(tokens[i + 1]))
                || (StartsWithDigit(token) && i > 0 && IsCode(tokens[i - 1], cues)))
            {
                count++;
                continue;
            }

            if (token.StartsWith('/') && IsPeriod(token[1..], cues))
            {
                count++;
            }
            else if (i + 1 < tokens.Length && IsPeriod(tokens[i + 1].TrimEnd(',', ';', '.'), cues)
                && (IsNumber(token) || token.Equals("per", StringComparison.OrdinalIgnoreCase)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsAmountWithSign(string token, CleaningCues cues)
    {
        if (!token.Any(char.IsDigit))
        {
            return false;
        }

        foreach (var symbol in cues.CurrencySymbols)
        {
            if (token.Contains(symbol, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCode(string token, CleaningCues cues) => cues.CurrencyCodes.Contains(token, StringComparer.Ordinal);

    private static bool IsPeriod(string word, CleaningCues cues)
    {
        var folded = word.ToLowerInvariant();
        var singular = folded.EndsWith('s') ? folded[..^1] : folded;
        return cues.BillingPeriods.Contains(folded, StringComparer.Ordinal) || cues.BillingPeriods.Contains(singular, StringComparer.Ordinal);
    }

    private static bool IsNumber(string token) => token.Length > 0 && token.All(c => char.IsDigit(c) || c is ',' or '.');

    private static bool StartsWithDigit(string token) => token.Length > 0 && char.IsDigit(token[0]);
}
