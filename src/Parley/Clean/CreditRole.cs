namespace Parley.Clean;

/// <summary>What a person named in a credit line or byline did for the story.</summary>
public enum CreditRole
{
    Byline,
    Reporter,
    AdditionalReporter,
    Writer,
    Editor,
    Compiler,
}
