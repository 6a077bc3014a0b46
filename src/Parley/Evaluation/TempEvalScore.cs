namespace Parley.Evaluation;

/// <summary>TempEval-3 time-expression figures (fractions in 0..1).</summary>
public sealed record TempEvalScore(
    int Gold,
    int System,
    int RelaxedMatches,
    int StrictMatches,
    int ValueMatches,
    int TypeMatches)
{
    public double RelaxedPrecision => Ratio(RelaxedMatches, System);

    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double StrictPrecision => Ratio(StrictMatches, System);

    public double StrictRecall => Ratio(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    /// <summary>Share of relaxed matches whose value is right.</summary>
    public double ValueAccuracy => Ratio(ValueMatches, RelaxedMatches);

    public double TypeAccuracy => Ratio(TypeMatches, RelaxedMatches);

    /// <summary>Relaxed F1 × value accuracy, as TempEval-3 reports it.</summary>
    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    public static TempEvalScore operator +(TempEvalScore a, TempEvalScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Gold + b.Gold, a.System + b.System, a.RelaxedMatches + b.RelaxedMatches, a.StrictMatches + b.StrictMatches, a.ValueMatches + b.ValueMatches, a.TypeMatches + b.TypeMatches);
    }

    public override string ToString() =>
        FormattableString.Invariant($"gold {Gold} sys {System} | relaxed P {RelaxedPrecision:P1} R {RelaxedRecall:P1} F1 {RelaxedF1:P1} | strict F1 {StrictF1:P1} | value acc {ValueAccuracy:P1} F1 {ValueF1:P1} | type acc {TypeAccuracy:P1}");

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
