namespace Parley.Clean;

/// <summary>
/// A block the cleaner took out of the body, kept so a reader can see what was dropped and why.
/// <see cref="InputStart"/> and <see cref="InputLength"/> locate it in the cleaner's input;
/// <see cref="Text"/> is that stretch with white space normalized.
/// </summary>
public sealed record RemovedBlock(BoilerplateKind Kind, string Text, int InputStart, int InputLength);
