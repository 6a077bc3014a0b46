namespace Parley.Clean;

/// <summary>
/// The people credited for a story (byline, "Reporting by … Editing by …", "X contributed to this
/// report"), taken out of the body, in the order they were named. <see cref="Lines"/> holds the
/// credit blocks as they read, for display.
/// </summary>
public sealed record ArticleCredits(IReadOnlyList<CreditedPerson> People, IReadOnlyList<string> Lines)
{
    public static ArticleCredits None { get; } = new([], []);

    public IEnumerable<CreditedPerson> WithRole(CreditRole role) => People.Where(p => p.Role == role);

    public IReadOnlyList<string> NamesWithRole(CreditRole role) => [.. WithRole(role).Select(p => p.Name)];
}
