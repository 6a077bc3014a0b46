namespace Parley.Evaluation;

/// <summary>
/// The benchmark's corpus figures: precision and recall are means over pages (pages with nothing
/// predicted are left out of precision, pages with an empty truth out of recall), F1 is their
/// harmonic mean, accuracy the share of pages whose tokens equal the truth's exactly.
/// </summary>
public sealed record BenchmarkScore(double F1, double Precision, double Recall, double Accuracy, int Pages);
