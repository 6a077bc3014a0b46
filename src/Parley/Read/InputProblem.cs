namespace Parley.Read;

/// <summary>
/// An input that could not be (fully) read, said specifically: which input, which line, what is
/// wrong. <see cref="Rejected"/> problems lost an article; skipped inputs were never articles
/// (a README beside the articles in a folder).
/// </summary>
public sealed record InputProblem(string Origin, int? Line, string Reason, ProblemKind Kind = ProblemKind.Rejected)
    : ReadItem(Origin, Line)
{
    public bool Rejected => Kind == ProblemKind.Rejected;

    public override string ToString() => $"{Location}: {Reason}";
}
