namespace Parley.Identify;

/// <summary>
/// A document is a copy of <see cref="DuplicateOf"/>, an earlier stored document: the same id
/// (<see cref="Exact"/>), or shingle sets with Jaccard similarity <see cref="Jaccard"/> at or
/// above the detector's threshold within its date window.
/// </summary>
public sealed record DuplicateLink(string DuplicateOf, double Jaccard, bool Exact);
