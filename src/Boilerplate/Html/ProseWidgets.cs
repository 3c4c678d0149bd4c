namespace Boilerplate.Html;

/// <summary>
/// The blocks of "widget" containers inside the article's container (<see cref="ContainerHint.Widget"/>), which start as
/// boilerplate: a widget that holds a paragraph of prose (a buying guide's product card) is part of the article, unless
/// it holds more text than the article outside it (a slideshow or a feed of stories is not the article's text); one that
/// holds none (a share box, a gallery of short captions) stays boilerplate.
/// </summary>
internal sealed class ProseWidgets
{
    // A paragraph of prose: this long, with a sentence break, and mostly not link text.
    private const int MinProseChars = 200;

    // Blocks of widgets still open; those of widgets found to hold prose wait in groups until the article's size is known.
    private readonly List<int> _open = [];
    private readonly List<int> _proseBlocks = [];
    private readonly List<(int Start, int Count)> _prose = [];

    /// <summary>Where the blocks of a widget entered now will start: the value <see cref="Judge"/> takes when it ends.</summary>
    public int Open => _open.Count;

    /// <summary>Notes a block collected inside a widget.</summary>
    public void Add(int block) => _open.Add(block);

    /// <summary>Judges the widget whose blocks start at <paramref name="first"/>, as it ends.</summary>
    public void Judge(int first, ReadOnlySpan<Block> blocks, ReadOnlySpan<char> text)
    {
        bool prose = false;
        for (int i = first; i < _open.Count && !prose; i++)
        {
            ref readonly Block block = ref blocks[_open[i]];
            prose = block.Length >= MinProseChars && block.LinkCharCount * 4 < block.Length
                && text.Slice(block.Start, block.Length).Contains(". ", StringComparison.Ordinal);
        }

        if (prose)
        {
            _prose.Add((_proseBlocks.Count, _open.Count - first));
            for (int i = first; i < _open.Count; i++)
            {
                _proseBlocks.Add(_open[i]);
            }
        }

        _open.RemoveRange(first, _open.Count - first);
    }

    /// <summary>Gives each prose widget that holds less text than the article's container outside the widgets to the article.</summary>
    public void Release(Span<Block> blocks)
    {
        if (_prose.Count == 0)
        {
            return;
        }

        long articleChars = 0;
        foreach (ref readonly Block block in blocks)
        {
            articleChars += block.Has(BlockTraits.InContentContainer) && !block.Has(BlockTraits.InBoilerplateContainer) ? block.Length : 0;
        }

        foreach ((int start, int count) in _prose)
        {
            long chars = 0;
            for (int i = start; i < start + count; i++)
            {
                chars += blocks[_proseBlocks[i]].Length;
            }

            if (chars <= articleChars)
            {
                for (int i = start; i < start + count; i++)
                {
                    blocks[_proseBlocks[i]].Traits &= ~BlockTraits.InBoilerplateContainer;
                }
            }
        }
    }
}
