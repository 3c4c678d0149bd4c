namespace Boilerplate;

/// <summary>
/// The context-free class the content classifier gives a block, in the spirit of jusText:
/// long, function-word-rich blocks are <see cref="Good"/>, short ones take their class from their neighbours.
/// </summary>
public enum ContentClass : byte
{
    /// <summary>Not classified (the classifier did not run, or the block was already decided).</summary>
    None = 0,

    /// <summary>Too short to judge alone; takes its class from its neighbours.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "jusText's name for the class.")]
    Short,

    /// <summary>Medium evidence of prose; kept unless surrounded by boilerplate.</summary>
    NearGood,

    /// <summary>Strong evidence of prose: long, with function words and sentence punctuation.</summary>
    Good,

    /// <summary>Evidence of boilerplate.</summary>
    Bad,
}
