namespace Parley.Events;

/// <summary>The modality values of the output contract.</summary>
public static class Modality
{
    public const string Asserted = "asserted";
    public const string Intended = "intended";
    public const string Conditional = "conditional";
    public const string Hypothetical = "hypothetical";
    public const string Denied = "denied";
    public const string Reported = "reported";
}
