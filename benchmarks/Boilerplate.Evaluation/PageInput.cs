namespace Boilerplate.Evaluation;

/// <summary>One page to extract.</summary>
/// <param name="Dataset">The data set's name.</param>
/// <param name="Mode">Which form of the page.</param>
/// <param name="Id">The page id.</param>
/// <param name="Path">The input file.</param>
internal sealed record PageInput(string Dataset, EvalMode Mode, string Id, string Path);
