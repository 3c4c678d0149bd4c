namespace Boilerplate.Tests.Extensibility;

/// <summary>
/// The built-in line deduplication rule written outside the library, from the public model alone: block hashes, word
/// counts, traits, link density and decision codes. Short repeated lines go in every copy; repeated sentences and long
/// lines stay; repeated labels inside the article's container and preformatted lines are never judged.
/// </summary>
internal sealed class RepeatedLineFilter() : BoilerplateFilter("dedup")
{
    private const int MaxBoilerplateWords = 12;

    public override void Apply(PageDocument document)
    {
        // Value: index of the first copy, or ~index once a second copy was seen.
        var seen = new Dictionary<ulong, int>(document.Count);
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.WordCount == 0 || (block.Has(BlockTraits.InContentContainer) && block.LinkDensity < 0.5) || block.Has(BlockTraits.Preformatted))
            {
                continue;
            }

            if (!seen.TryGetValue(block.NormalizedHash, out int first))
            {
                seen[block.NormalizedHash] = i;
                continue;
            }

            if (block.WordCount > MaxBoilerplateWords || (block.WordCount >= 6 && block.Has(BlockTraits.TerminalPunctuation)))
            {
                continue;
            }

            document.Drop(i, Name, DecisionCode.RepeatedShortLine);
            if (first >= 0)
            {
                document.Drop(first, Name, DecisionCode.RepeatedShortLine);
                seen[block.NormalizedHash] = ~first;
            }
        }
    }
}
