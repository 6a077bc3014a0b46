namespace Parley.Time;

/// <summary>
/// Clock times: "3 p.m.", "10:35 a.m.", "5pm", "noon", "midnight", optionally with a time zone and a
/// following day ("10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6").
/// </summary>
internal static class ClockMatcher
{
    public static TimexMatch? Match(TokenView v, int i)
    {
        int hour;
        int? minute = null;
        int j;
        if (v.Lex(i) is { PartOfDay: "12" or "24" } named)
        {
            hour = named.PartOfDay == "12" ? 12 : 24;
            j = i + 1;
        }
        else if (v.IsNumber(i) && v.DigitCount(i) <= 2 && v.Number(i) is >= 1 and <= 12)
        {
            hour = v.Number(i);
            j = i + 1;
            if ((v.IsPunct(j, ':') || v.IsPunct(j, '.')) && v.TouchesNext(i) && v.TouchesNext(j) && v.IsNumber(j + 1) && v.DigitCount(j + 1) == 2 && v.Number(j + 1) < 60)
            {
                minute = v.Number(j + 1);
                j += 2;
            }

            if (!TryMeridiem(v, j, out var pm, out j))
            {
                return null;
            }

            hour = pm ? (hour % 12) + 12 : hour % 12;
        }
        else
        {
            return null;
        }

        if (v.IsWord(j) && v.Lexicon.IsTimeZone(v.Span(j)))
        {
            j++;
        }

        var parse = new TimexParse(ParseKind.DayOffset) { Hour = hour, Minute = minute };
        var k = v.IsPunct(j, ',') ? j + 1 : j;
        var day = CalendarMatcher.Match(v, k) ?? PhraseMatcher.Match(v, k);
        if (day is { } d && d.Parse.Kind is ParseKind.Calendar or ParseKind.Weekday or ParseKind.DayOffset && d.Parse.PartOfDay is null
            && (d.Parse.Day is not null || d.Parse.Kind != ParseKind.Calendar))
        {
            return new TimexMatch(i, d.EndToken, d.Parse with { Hour = hour, Minute = minute });
        }

        return new TimexMatch(i, j, parse);
    }

    /// <summary>"a.m.", "p.m.", "am", "pm" (also "p.m" at a sentence end, where the period is shared).</summary>
    private static bool TryMeridiem(TokenView v, int i, out bool pm, out int end)
    {
        pm = false;
        end = i;
        if (v.Is(i, "am") || v.Is(i, "pm"))
        {
            pm = v.Is(i, "pm");
            end = i + 1;
            return true;
        }

        if ((v.Is(i, "a") || v.Is(i, "p")) && v.IsPunct(i + 1, '.') && v.Is(i + 2, "m") && v.TouchesNext(i) && v.TouchesNext(i + 1))
        {
            pm = v.Is(i, "p");
            end = v.IsPunct(i + 3, '.') && v.TouchesNext(i + 2) ? i + 4 : i + 3;
            return true;
        }

        return false;
    }
}
