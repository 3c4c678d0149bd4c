namespace Boilerplate.Filters.MainRegion;

/// <summary>
/// Keeps the article's region, not every stray paragraph: kept blocks are grouped into regions separated by
/// stretches of boilerplate, and regions much smaller than the largest (an author box, a newsletter pitch,
/// a teaser of another article) are dropped. Runs after the content classifier and only relabels kept blocks.
/// </summary>
public sealed class MainRegionFilter : BoilerplateFilter
{
    /// <summary>Reason: a small region of text far from the article.</summary>
    public const string OutsideMainRegionReason = "small text region away from the article";

    private readonly MainRegionOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public MainRegionFilter(MainRegionOptions? options = null)
        : base("main-region")
    {
        _options = (options ?? new MainRegionOptions()).Clone();
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        long largest = 0;
        foreach (var (start, end, size) in Regions(document))
        {
            largest = Math.Max(largest, size);
        }

        foreach (var (start, end, size) in Regions(document))
        {
            if (size >= _options.MinRegionShare * largest)
            {
                continue;
            }

            for (int i = start; i < end; i++)
            {
                if (IsKept(document[i]))
                {
                    document.Relabel(i, BlockLabel.Boilerplate, Name, OutsideMainRegionReason);
                }
            }
        }
    }

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);

    private static bool IsKept(in Block block) => block.Label is BlockLabel.Content or BlockLabel.Undecided;

    /// <summary>Regions as [start, end) block ranges with their kept characters.</summary>
    private IEnumerable<(int Start, int End, long Size)> Regions(PageDocument document)
    {
        int start = -1, lastKept = -1, gapWords = 0, gapBlocks = 0;
        long size = 0;
        for (int i = 0; i < document.Count; i++)
        {
            Block block = document[i];
            if (!IsKept(block))
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
                yield return (start, lastKept + 1, size);
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
            yield return (start, lastKept + 1, size);
        }
    }
}
