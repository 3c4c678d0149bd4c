namespace Boilerplate.Evaluation;

/// <summary>One page to extract.</summary>
/// <param name="Dataset">The data set's name.</param>
/// <param name="Mode">Which form of the page.</param>
/// <param name="Id">The page id.</param>
/// <param name="Path">The input file.</param>
/// <param name="Url">The page's address from the data set's pages.jsonl, given to the HTML calls to resolve relative URLs.</param>
internal sealed record PageInput(string Dataset, EvalMode Mode, string Id, string Path, Uri? Url = null);
