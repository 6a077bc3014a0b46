namespace Parley.Stances;

/// <summary>Words that express a position on an issue ("*" for any issue that lists the position).</summary>
internal sealed record PositionCue(string Issue, WordPattern Pattern, string Position);
