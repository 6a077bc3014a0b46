namespace Parley.Clean;

/// <summary>Where a cue phrase must stand in a block to count.</summary>
internal enum CuePosition
{
    Start,
    Anywhere,
    WholeLine,
}
