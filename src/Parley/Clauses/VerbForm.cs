namespace Parley.Clauses;

/// <summary>The inflection of a verb token: base ("meet"), third person ("meets"), past ("met"), participle ("met"), gerund ("meeting").</summary>
public enum VerbForm : byte
{
    None,
    Base,
    ThirdPerson,
    Past,
    PastOrParticiple,
    Participle,
    Gerund,
}
