namespace Boilerplate;

/// <summary>
/// The keys a site template knows a block by. Both are stable across processes and machines (no randomised string
/// hashing), so a template saved on one machine applies on another.
/// </summary>
internal static class SiteBlockKeys
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    // Elements above the block taken into its place; deeper ones are the page's outer frame and say little more.
    private const int MaxPathElements = 32;

    // What the class/id words, roles and tags of the block's containers said (nav, header, footer, aside, form, article,
    // boilerplate, content, comments): the parser reads them once and keeps them as traits.
    private const BlockTraits ContainerTraits = BlockTraits.InNavigation | BlockTraits.InHeader | BlockTraits.InFooter | BlockTraits.InAside
        | BlockTraits.InForm | BlockTraits.InArticle | BlockTraits.InBoilerplateContainer | BlockTraits.InContentContainer | BlockTraits.InCommentsContainer;

    /// <summary>
    /// The block's normalised text hash combined with the tag names of its element and its ancestors and with what the
    /// class/id words of its containers say (<see cref="ContainerTraits"/>).
    /// </summary>
    public static ulong Place(PageDocument document, in Block block)
    {
        ulong hash = Mix(Mix(block.NormalizedHash, TagHash(block.Tag)), (ulong)(block.Traits & ContainerTraits));
        PageOutline? outline = document.Outline;
        if (outline is null)
        {
            return hash;
        }

        int element = block.Element;
        for (int depth = 0; element >= 0 && element < outline.Count && depth < MaxPathElements; depth++)
        {
            hash = Mix(hash, TagHash(outline.Tags[element]));
            element = outline.Parents[element];
        }

        return hash;
    }

    private static ulong TagHash(string? tag)
    {
        ulong hash = FnvOffset;
        foreach (char c in tag.AsSpan())
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    // A multiply-xorshift step: order matters, so p>div differs from div>p.
    private static ulong Mix(ulong hash, ulong value)
    {
        hash ^= value + 0x9E3779B97F4A7C15 + (hash << 6) + (hash >> 2);
        hash *= 0xBF58476D1CE4E5B9;
        return hash ^ (hash >> 31);
    }
}
