namespace Parley.Extract;

/// <summary>
/// An element taken out of a page as furniture: its tag, the cue that condemned it (a tag name, a
/// class/id cue, "hidden", "link-dense", "boilerplate-text"), where its start tag begins in the raw
/// HTML (null when the parser made the element up) and its text, for users checking what was cut.
/// </summary>
public sealed record PrunedElement(string Tag, string Cue, int? SourceStart, string Text);
