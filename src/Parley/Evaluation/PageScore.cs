namespace Parley.Evaluation;

/// <summary>
/// One page's shingle match, normalised so that Tp + Fp + Fn = 1 (or all zero when both texts are
/// empty), which makes every page weigh the same. <see cref="ExactTokens"/> is true when the
/// predicted token list equals the truth's.
/// </summary>
public sealed record PageScore(double Tp, double Fp, double Fn, bool ExactTokens)
{
    /// <summary>The benchmark's per-page precision: 1 when nothing is wrong, 0 when nothing is right.</summary>
    public double Precision => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fp == 0 ? 0 : Tp / (Tp + Fp);

    public double Recall => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fn == 0 ? 0 : Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
