namespace Parley.Clean;

/// <summary>A person named in a credit line, with the place given for them ("in WASHINGTON"), if any.</summary>
public sealed record CreditedPerson(string Name, CreditRole Role, string? Place = null);
