namespace Parley.Evaluation;

/// <summary>Counts for one PLOVER category: gold records, records found, predictions and correct predictions.</summary>
public sealed record PloverCategoryScore(string Category, int Gold, int Found, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        FormattableString.Invariant($"{Category,-12} gold {Gold,3}  found {Found,3}  predicted {Predicted,3}  correct {Correct,3}  P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}");
}
