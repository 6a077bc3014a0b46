using Parley.Clean;

namespace Parley.Tests.Clean;

/// <summary>Checks that a cleaning result's offset map is sound for its input.</summary>
internal static class OffsetInvariants
{
    public static void Check(string input, CleanedText cleaned)
    {
        var body = cleaned.Body;
        var covered = new bool[body.Length];
        var previousEnd = 0;
        var previousInputEnd = -1;
        foreach (var segment in cleaned.Offsets.Segments)
        {
            Assert.True(segment.Length > 0, $"empty segment {segment}");
            Assert.True(segment.BodyStart >= previousEnd, $"segments overlap or are unsorted at {segment}");
            Assert.True(segment.InputStart > previousInputEnd, $"input positions go backwards at {segment}");
            Assert.True(segment.InputStart + segment.Length <= input.Length, $"segment {segment} runs past the input");
            for (var k = 0; k < segment.Length; k++)
            {
                var b = body[segment.BodyStart + k];
                var i = input[segment.InputStart + k];
                Assert.True(b == i || (b == ' ' && char.IsWhiteSpace(i)), $"body[{segment.BodyStart + k}]='{b}' but input[{segment.InputStart + k}]='{i}'");
                covered[segment.BodyStart + k] = true;
            }

            previousEnd = segment.BodyEnd;
            previousInputEnd = segment.InputStart + segment.Length - 1;
        }

        for (var k = 0; k < body.Length; k++)
        {
            Assert.True(covered[k] || body[k] == '\n', $"body[{k}]='{body[k]}' has no input position");
            Assert.Equal(covered[k] ? cleaned.Offsets.Segments.Count > 0 : false, cleaned.Offsets.ToInput(k) is not null);
        }
    }
}
