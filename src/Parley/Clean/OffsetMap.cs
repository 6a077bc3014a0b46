namespace Parley.Clean;

/// <summary>
/// Maps body positions back to input positions. Segments are sorted by body start and do not
/// overlap; body characters outside every segment are the paragraph separators the cleaner
/// inserted ("\n\n"), which have no input position.
/// </summary>
public sealed class OffsetMap(IReadOnlyList<OffsetSegment> segments)
{
    public IReadOnlyList<OffsetSegment> Segments { get; } = segments;

    /// <summary>The input position of a body character, or null for an inserted separator.</summary>
    public int? ToInput(int bodyIndex)
    {
        var low = 0;
        var high = Segments.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var segment = Segments[mid];
            if (bodyIndex < segment.BodyStart)
            {
                high = mid - 1;
            }
            else if (bodyIndex >= segment.BodyEnd)
            {
                low = mid + 1;
            }
            else
            {
                return segment.InputStart + (bodyIndex - segment.BodyStart);
            }
        }

        return null;
    }
}
