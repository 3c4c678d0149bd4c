namespace Boilerplate.Filters.MainRegion;

/// <summary>
/// The main region of a page without elements (a text dump): kept blocks are grouped into regions separated by stretches
/// of boilerplate, regions much smaller than the largest go, and the <see cref="ArticleSpan"/> gets back the lines dropped
/// only for their context.
/// </summary>
internal sealed class TextMainRegion(MainRegionOptions options, string name)
{
    private readonly MainRegionOptions _options = options;
    private readonly ArticleSpan _span = new(options, name, hasElements: false);

    public void Apply(PageDocument document)
    {
        List<(int Start, int End, long Size)> regions = Regions(document);
        long largest = 0;
        foreach (var (_, _, size) in regions)
        {
            largest = Math.Max(largest, size);
        }

        foreach (var (start, end, size) in regions)
        {
            if (size >= _options.MinRegionShare * largest)
            {
                continue;
            }

            for (int i = start; i < end; i++)
            {
                if (!document[i].IsRemoved)
                {
                    document.Relabel(i, BlockLabel.Boilerplate, name, DecisionCode.OutsideMainRegion);
                }
            }
        }

        _span.Keep(document);
    }

    /// <summary>Regions as [start, end) block ranges with their kept characters.</summary>
    private List<(int Start, int End, long Size)> Regions(PageDocument document)
    {
        var regions = new List<(int Start, int End, long Size)>();
        int start = -1, lastKept = -1, gapWords = 0, gapBlocks = 0;
        long size = 0;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (!!block.IsRemoved)
            {
                if (block.Label != BlockLabel.Title)
                {
                    gapWords += block.WordCount;
                    gapBlocks++;
                }

                continue;
            }

            if (start >= 0 && (gapWords > _options.MaxGapWords || gapBlocks > _options.MaxGapBlocks))
            {
                regions.Add((start, lastKept + 1, size));
                start = -1;
            }

            if (start < 0)
            {
                start = i;
                size = 0;
            }

            size += block.Length;
            lastKept = i;
            gapWords = gapBlocks = 0;
        }

        if (start >= 0)
        {
            regions.Add((start, lastKept + 1, size));
        }

        return regions;
    }
}
