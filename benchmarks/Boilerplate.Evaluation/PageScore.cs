namespace Boilerplate.Evaluation;

/// <summary>One page's 4-gram overlap with its gold text, normalised so that the three shares sum to 1 (all 0 when both texts have no tokens).</summary>
/// <param name="TruePositive">Share of 4-grams in both the gold and the output.</param>
/// <param name="FalsePositive">Share of 4-grams only in the output: leaked boilerplate.</param>
/// <param name="FalseNegative">Share of 4-grams only in the gold: lost article text.</param>
public readonly record struct PageScore(double TruePositive, double FalsePositive, double FalseNegative)
{
    /// <summary>The page's precision, or <see langword="null"/> when the output has no tokens (score.py leaves the page out of the mean).</summary>
    public double? Precision => TruePositive + FalsePositive > 0 ? (IsExact ? 1.0 : TruePositive / (TruePositive + FalsePositive)) : null;

    /// <summary>The page's recall, or <see langword="null"/> when the gold has no tokens (score.py leaves the page out of the mean).</summary>
    public double? Recall => TruePositive + FalseNegative > 0 ? (IsExact ? 1.0 : TruePositive / (TruePositive + FalseNegative)) : null;

    /// <summary>The page's F1: the harmonic mean of its precision and recall, 0 when either is missing or both are 0.</summary>
    public double F1 => Precision is double p && Recall is double r && p + r > 0 ? 2 * p * r / (p + r) : 0;

    /// <summary>Whether output and gold have the same 4-grams (score.py's <c>fp == fn == 0</c>).</summary>
    public bool IsExact => FalsePositive == 0 && FalseNegative == 0;

    /// <summary>Normalises multiset overlap counts as score.py's <c>page()</c> does.</summary>
    /// <param name="truePositive">4-grams in both texts (multiset minimum).</param>
    /// <param name="falsePositive">4-grams only in the output.</param>
    /// <param name="falseNegative">4-grams only in the gold.</param>
    /// <returns>The normalised score.</returns>
    public static PageScore FromCounts(int truePositive, int falsePositive, int falseNegative)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(truePositive);
        ArgumentOutOfRangeException.ThrowIfNegative(falsePositive);
        ArgumentOutOfRangeException.ThrowIfNegative(falseNegative);

        // score.py sums whole numbers as floats, which is exact; only the divisions round.
        double sum = (double)truePositive + falsePositive + falseNegative;
        return sum > 0
            ? new PageScore(truePositive / sum, falsePositive / sum, falseNegative / sum)
            : default;
    }
}
