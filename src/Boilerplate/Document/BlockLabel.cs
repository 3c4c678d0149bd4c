namespace Boilerplate;

/// <summary>What the pipeline decided for a block.</summary>
public enum BlockLabel : byte
{
    /// <summary>No filter has decided yet. Undecided blocks at the end of the pipeline are kept.</summary>
    Undecided = 0,

    /// <summary>Part of the article body.</summary>
    Content,

    /// <summary>The article's title; reported in <see cref="CleanResult.Title"/>, not repeated in the body.</summary>
    Title,

    /// <summary>Boilerplate: left out of the article. <see cref="Block.Reason"/> says why.</summary>
    Boilerplate,
}
