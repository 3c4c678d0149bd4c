namespace Boilerplate;

/// <summary>One block's text and what the pipeline decided for it.</summary>
/// <param name="Index">Zero-based block index.</param>
/// <param name="LineNumber">One-based line number in the source.</param>
/// <param name="Text">The block's text.</param>
/// <param name="Label">The decision.</param>
/// <param name="Filter">The filter that decided, or <see langword="null"/> when none did (the block is kept).</param>
/// <param name="Reason">Why, or <see langword="null"/> when no filter decided.</param>
public readonly record struct BlockDecision(int Index, int LineNumber, string Text, BlockLabel Label, string? Filter, string? Reason)
{
    /// <summary>Whether the block is part of the article body.</summary>
    public bool IsKept => Label is BlockLabel.Content or BlockLabel.Undecided;

    /// <summary>The stable code of the decision (<see cref="Block.Code"/>); switch on it rather than on <see cref="Reason"/>.</summary>
    public DecisionCode Code { get; init; }

    /// <summary>What kind of evidence the decision rests on (<see cref="Block.Kind"/>).</summary>
    public DecisionKind Kind { get; init; }
}
