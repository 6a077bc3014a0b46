namespace Parley.Clean;

/// <summary>
/// <see cref="Length"/> characters of the body starting at <see cref="BodyStart"/> come from the
/// input starting at <see cref="InputStart"/>, one for one (a white-space character may have been
/// replaced by a plain space, nothing else).
/// </summary>
public readonly record struct OffsetSegment(int BodyStart, int InputStart, int Length)
{
    public int BodyEnd => BodyStart + Length;
}
