namespace Parley.Time;

/// <summary>
/// Years and centuries written out as broadcast transcripts and features write them:
/// "nineteen ninety-six", "nineteen seventy nine", "the year two thousand", "the 20th century".
/// </summary>
internal static class SpokenYearMatcher
{
    public static TimexMatch? Match(TokenView v, int i)
    {
        if (v.IsNumber(i))
        {
            return MatchCentury(v, i);
        }

        if (v.Is(i, "the") && v.Is(i + 1, "year") && TryThousands(v, i + 2, out var y2000, out var e2000))
        {
            return new TimexMatch(i, e2000, new TimexParse(ParseKind.Calendar) { Year = y2000 });
        }

        if (v.Lex(i) is not { NumberRole: "unit", Number: { } hundreds } || hundreds is < 10 or > 19)
        {
            return null;
        }

        // "nineteen ninety-six": hundreds then a two-digit number in words.
        var j = i + 1;
        if (v.Lex(j) is not { NumberRole: "ten", Number: { } tens })
        {
            return null;
        }

        var year = (int)((hundreds * 100) + tens);
        j++;
        var k = v.IsHyphen(j) && v.TouchesNext(j - 1) ? j + 1 : j;
        if (v.Lex(k) is { NumberRole: "unit", Number: { } ones } && ones < 10)
        {
            year += (int)ones;
            j = k + 1;
        }

        return new TimexMatch(i, j, new TimexParse(ParseKind.Calendar) { Year = year });
    }

    /// <summary>"two thousand", "two thousand and one".</summary>
    private static bool TryThousands(TokenView v, int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (!v.Is(i, "two") || !v.Is(i + 1, "thousand"))
        {
            return false;
        }

        year = 2000;
        end = i + 2;
        var k = v.Is(end, "and") ? end + 1 : end;
        if (v.Lex(k) is { NumberRole: "unit", Number: { } ones } && ones < 20)
        {
            year += (int)ones;
            end = k + 1;
        }

        return true;
    }

    /// <summary>"20th century" → "19" (TimeML names a century by its first two digits).</summary>
    private static TimexMatch? MatchCentury(TokenView v, int i)
    {
        var n = v.Number(i);
        if (n is < 1 or > 21 || !v.TouchesNext(i) || !(v.Is(i + 1, "th") || v.Is(i + 1, "st") || v.Is(i + 1, "nd") || v.Is(i + 1, "rd")))
        {
            return null;
        }

        var j = v.IsHyphen(i + 2) ? i + 3 : i + 2;
        return v.Is(j, "century")
            ? new TimexMatch(i, j + 1, new TimexParse(ParseKind.Calendar) { Century = n - 1 })
            : null;
    }
}
