namespace Parley.Time;

/// <summary>
/// Reads a quantity at a token: digits ("24", "1.5", "2 1/2", "1,000"), number words ("twenty four",
/// "twenty-four", "two hundred"), articles ("a week"), "a dozen", "a couple of", "half a", vague
/// quantities ("several", "a few" → NaN) and a trailing "and a half".
/// </summary>
internal static class NumberReader
{
    public static bool TryRead(TokenView v, int i, bool allowArticle, out double value, out int end)
    {
        value = 0;
        end = i;
        if (i >= v.Count)
        {
            return false;
        }

        if (v.IsNumber(i))
        {
            if (!TryReadDigits(v, i, out value, out end))
            {
                return false;
            }
        }
        else if (v.Is(i, "a") || v.Is(i, "an"))
        {
            if (v.Is(i + 1, "couple") && v.Is(i + 2, "of"))
            {
                (value, end) = (2, i + 3);
            }
            else if (v.Is(i + 1, "few"))
            {
                (value, end) = (double.NaN, i + 2);
            }
            else if (v.Is(i + 1, "dozen"))
            {
                (value, end) = (12, i + 2);
            }
            else if (v.Is(i + 1, "half"))
            {
                (value, end) = (0.5, i + 2);
            }
            else if (allowArticle)
            {
                (value, end) = (1, i + 1);
            }
            else
            {
                return false;
            }
        }
        else if (v.Is(i, "half") && (v.Is(i + 1, "a") || v.Is(i + 1, "an")))
        {
            (value, end) = (0.5, i + 2);
        }
        else if (v.Is(i, "couple") && v.Is(i + 1, "of"))
        {
            (value, end) = (2, i + 2);
        }
        else if (!TryReadWords(v, i, out value, out end))
        {
            return false;
        }

        // "two and a half", "2 1/2" handled above for digits.
        if (!double.IsNaN(value) && v.Is(end, "and") && v.Is(end + 1, "a") && v.Is(end + 2, "half"))
        {
            value += 0.5;
            end += 3;
        }

        return true;
    }

    private static bool TryReadDigits(TokenView v, int i, out double value, out int end)
    {
        value = v.Number(i);
        end = i + 1;
        if (value < 0)
        {
            return false;
        }

        // Thousands separators: "1,000" (comma glued on both sides, three digits after).
        while (v.IsPunct(end, ',') && v.TouchesNext(end - 1) && v.TouchesNext(end) && v.IsNumber(end + 1) && v.DigitCount(end + 1) == 3)
        {
            value = (value * 1000) + v.Number(end + 1);
            end += 2;
        }

        if (v.IsPunct(end, '.') && v.TouchesNext(end - 1) && v.TouchesNext(end) && v.IsNumber(end + 1))
        {
            var digits = v.DigitCount(end + 1);
            value += v.Number(end + 1) / Math.Pow(10, digits);
            end += 2;
        }
        else if (v.IsNumber(end) && v.IsPunct(end + 1, '/') && v.IsNumber(end + 2) && v.Number(end + 2) > v.Number(end) && v.Number(end + 2) > 0)
        {
            value += (double)v.Number(end) / v.Number(end + 2);
            end += 3;
        }

        return true;
    }

    private static bool TryReadWords(TokenView v, int i, out double value, out int end)
    {
        value = 0;
        end = i;
        var e = v.Lex(i);
        if (e?.Number is not { } n)
        {
            return false;
        }

        if (e.NumberRole == "vague")
        {
            (value, end) = (double.NaN, i + 1);
            return true;
        }

        if (e.NumberRole == "scale")
        {
            return false;
        }

        value = n;
        end = i + 1;
        if (e.NumberRole == "ten")
        {
            // "twenty four" or "twenty-four"
            var next = v.IsHyphen(end) && v.TouchesNext(end - 1) ? end + 1 : end;
            var u = v.Lex(next);
            if (u is { NumberRole: "unit", Number: { } un } && un < 10)
            {
                value += un;
                end = next + 1;
            }
        }

        var s = v.Lex(end);
        if (s is { NumberRole: "scale", Number: { } scale })
        {
            value *= scale;
            end++;
        }

        return true;
    }
}
