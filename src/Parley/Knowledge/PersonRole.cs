namespace Parley.Knowledge;

/// <summary>
/// One office a person held: <c>[Start, End)</c> in days, End null while in office. A term ends
/// on the day the successor takes office, so on that day the successor holds it.
/// </summary>
public sealed record PersonRole(string Country, string Code, string Office, string Title, DateOnly Start, DateOnly? End)
{
    public bool IsHeldOn(DateOnly date) => Start <= date && (End is null || date < End.Value);

    public bool EndedBefore(DateOnly date) => End is { } end && end <= date;
}
