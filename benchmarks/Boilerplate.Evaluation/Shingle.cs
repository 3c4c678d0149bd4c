namespace Boilerplate.Evaluation;

/// <summary>A 4-gram of token ids; a text of one to three tokens has one shorter shingle, padded with -1.</summary>
internal readonly record struct Shingle(int A, int B, int C, int D)
{
    private const int Padding = -1;

    /// <summary>The single shingle of a text with fewer than <see cref="Scorer.N"/> tokens.</summary>
    public static Shingle Short(IReadOnlyList<int> ids) => new(
        ids[0],
        ids.Count > 1 ? ids[1] : Padding,
        ids.Count > 2 ? ids[2] : Padding,
        Padding);
}
