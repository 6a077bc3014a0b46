namespace Parley.Time;

/// <summary>A matched expression: tokens <c>[StartToken, EndToken)</c> and its meaning.</summary>
internal readonly record struct TimexMatch(int StartToken, int EndToken, TimexParse Parse)
{
    public TimexMatch WithStart(int start, TimexParse? parse = null) => new(start, EndToken, parse ?? Parse);
}
