namespace Parley.Clean;

/// <summary>How far a boilerplate cue reaches beyond its own block.</summary>
internal enum CueScope
{
    /// <summary>Only the block holding the cue.</summary>
    Block,

    /// <summary>The block and the headline-like or bulleted blocks listed under it.</summary>
    List,

    /// <summary>The block and every later block that is not article prose.</summary>
    Tail,
}
