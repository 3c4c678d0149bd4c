using System.Buffers;

namespace Boilerplate.Filters.ContentClassifier;

/// <summary>
/// Decides every block no rule decided, as jusText does: long blocks rich in stopwords are good, link-dense or
/// stopword-poor blocks are bad, and short blocks take their class from their nearest neighbours, so subheadings
/// inside the article stay and short lines among boilerplate go. Blocks earlier filters dropped count as bad
/// neighbours, and the edges of the page count as bad.
/// </summary>
/// <remarks>
/// When the page's language is unknown (no stopword list fits, as with Lorem ipsum or an unlisted language) the
/// stopword thresholds are off and length alone decides, as in jusText's language-independent mode.
/// </remarks>
public sealed class ContentClassifierFilter : BoilerplateFilter
{
    /// <summary>The filter's <see cref="BoilerplateFilter.Name"/>.</summary>
    public const string FilterName = "classifier";

    /// <summary>Reason: link-dense block.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.LinkDense) or DecisionCode.LinkDense.GetReason().")]
    public const string LinkDenseReason = "link dense";

    /// <summary>Reason: a short block with a link.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.ShortLink) or DecisionCode.ShortLink.GetReason().")]
    public const string ShortLinkReason = "short with a link";

    /// <summary>Reason: too few stopwords for prose.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.FewStopwords) or DecisionCode.FewStopwords.GetReason().")]
    public const string FewStopwordsReason = "too few stopwords for prose";

    /// <summary>Reason: a short block among boilerplate.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.ShortAmongBoilerplate) or DecisionCode.ShortAmongBoilerplate.GetReason().")]
    public const string ShortAmongBoilerplateReason = "short, among boilerplate";

    /// <summary>Reason: a medium block among boilerplate.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.NearGoodAmongBoilerplate) or DecisionCode.NearGoodAmongBoilerplate.GetReason().")]
    public const string NearGoodAmongBoilerplateReason = "medium length, among boilerplate";

    /// <summary>Reason: prose.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.Prose) or DecisionCode.Prose.GetReason().")]
    public const string GoodReason = "prose";

    /// <summary>Reason: a short block among article text.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.ShortAmongContent) or DecisionCode.ShortAmongContent.GetReason().")]
    public const string ShortAmongContentReason = "short, among article text";

    /// <summary>Reason: a medium block near article text.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.NearGoodNearContent) or DecisionCode.NearGoodNearContent.GetReason().")]
    public const string NearGoodNearContentReason = "medium length, near article text";

    /// <summary>
    /// Reason: the page has no prose block, or its prose blocks hold too little of its text to mark an article (a list of
    /// links with a line of introduction, a table, a log), so every block not judged bad on its own is kept.
    /// </summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.NoArticleFallback) or DecisionCode.NoArticleFallback.GetReason().")]
    public const string NoArticleFallbackReason = "no clear article: kept what is not boilerplate on its own";

    private const int MinFallbackReferenceWords = 5;

    private const int MinLinkedItemWords = 4;
    private static readonly SearchValues<char> s_linkSeparators = SearchValues.Create("|·•");

    private readonly ContentClassifierOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public ContentClassifierFilter(ContentClassifierOptions? options = null)
        : base(FilterName)
    {
        _options = (options ?? new ContentClassifierOptions()).Clone();
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        int count = document.Count;
        (double stopwordsLow, double stopwordsHigh) = StopwordThresholds(document);
        ContentClass[] classes = ArrayPool<ContentClass>.Shared.Rent(count);
        ContentClass[] revised = ArrayPool<ContentClass>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < count; i++)
            {
                classes[i] = Classify(document[i], document.MainScript, stopwordsLow, stopwordsHigh, out _);
                if (document[i].Label == BlockLabel.Undecided)
                {
                    document.SetClass(i, classes[i]);
                }
            }

            PromoteHeadings(document, classes.AsSpan(0, count), _options.MaxHeadingDistance);

            Revise(classes.AsSpan(0, count), revised.AsSpan(0, count));
            (double goodShare, int goodBlocks) = GoodShare(document, classes.AsSpan(0, count));
            bool noGoodBlock = Array.IndexOf(revised, ContentClass.Good, 0, count) < 0;
            bool fallback = noGoodBlock
                || goodShare < _options.MinGoodShare
                || (goodBlocks == 1 && goodShare < _options.MinSingleGoodShare);
            for (int i = 0; i < count; i++)
            {
                ref readonly Block block = ref document[i];
                if (block.Label != BlockLabel.Undecided)
                {
                    continue;
                }

                if (fallback && (classes[i] != ContentClass.Bad ? block.WordCount > 0 : noGoodBlock && IsLinkedItem(block, document.GetText(i))))
                {
                    document.Keep(i, Name, DecisionCode.NoArticleFallback);
                }
                else if (revised[i] == ContentClass.Good)
                {
                    document.Keep(i, Name, classes[i] switch
                    {
                        ContentClass.Good => DecisionCode.Prose,
                        ContentClass.NearGood => DecisionCode.NearGoodNearContent,
                        _ => DecisionCode.ShortAmongContent,
                    });
                }
                else
                {
                    Classify(block, document.MainScript, stopwordsLow, stopwordsHigh, out DecisionCode badReason);
                    document.Drop(i, Name, badReason != DecisionCode.None ? badReason : classes[i] switch
                    {
                        ContentClass.NearGood => DecisionCode.NearGoodAmongBoilerplate,
                        _ => DecisionCode.ShortAmongBoilerplate,
                    });
                }
            }
        }
        finally
        {
            ArrayPool<ContentClass>.Shared.Return(classes);
            ArrayPool<ContentClass>.Shared.Return(revised);
        }
    }

    /// <summary>
    /// On a page without a single paragraph of prose, a link of a few words outside the page's furniture is an item of what the page lists
    /// (a job board's postings, a search result), not a menu entry, which sits in a menu's container, is a word or two, or
    /// shares its line with other links between separators ("Textbooks | Atlases | Cases").
    /// </summary>
    private static bool IsLinkedItem(in Block block, ReadOnlySpan<char> text) =>
        block.WordCount >= MinLinkedItemWords && block.LinkDensity > 0.5
        && !PageFurniture.Holds(block)
        && text.IndexOfAny(s_linkSeparators) < 0;

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);

    /// <summary>Context-free class (jusText's classify_paragraphs); blocks decided by earlier filters are anchors.</summary>
    private ContentClass Classify(in Block block, Script mainScript, double stopwordsLow, double stopwordsHigh, out DecisionCode badReason)
    {
        badReason = DecisionCode.None;
        switch (block.Label)
        {
            case BlockLabel.Boilerplate:
                return ContentClass.Bad;
            case BlockLabel.Content:
                return ContentClass.Good;
            case BlockLabel.Title:
                return ContentClass.Short;
        }

        int length = block.Length + (block.Script == Script.Han ? (_options.CjkLetterWeight - 1) * block.ScriptLetterCount : 0);
        if (block.LinkDensity > _options.MaxLinkDensity)
        {
            badReason = DecisionCode.LinkDense;
            return ContentClass.Bad;
        }

        if (length < _options.LengthLow)
        {
            if (block.LinkCharCount > 0)
            {
                badReason = DecisionCode.ShortLink;
                return ContentClass.Bad;
            }

            return ContentClass.Short;
        }

        // The page's stopwords say nothing about a block in another script (an English quotation in an Arabic article).
        double stopwords = block.Script != mainScript && block.Script != Script.Unknown ? 1 : block.StopwordDensity;
        if (stopwords >= stopwordsHigh)
        {
            return length > _options.LengthHigh ? ContentClass.Good : ContentClass.NearGood;
        }

        if (stopwords >= stopwordsLow)
        {
            return ContentClass.NearGood;
        }

        // A block that ends like a sentence is prose of a kind (a caption, a list of terms closed by a full stop, a line of
        // names and figures): too few stopwords to vouch for itself, yet no sign of boilerplate either.
        if (_options.SentencesAreNearGood && block.Has(BlockTraits.TerminalPunctuation))
        {
            return ContentClass.NearGood;
        }

        badReason = DecisionCode.FewStopwords;
        return ContentClass.Bad;
    }

    /// <summary>
    /// The stopword thresholds for this page. Stopword lists differ in size between languages (Latin's has 49 words,
    /// English's 1,298), so a page's prose has a density typical of its list: the thresholds are lowered in proportion
    /// to the density of the page's longer blocks, never raised above the options. Without a language they are off.
    /// </summary>
    private (double Low, double High) StopwordThresholds(PageDocument document)
    {
        if (document.Language is null)
        {
            return (0, 0);
        }

        // Long blocks set the reference; a page without any (a short page, a list) falls back to every block of a few words.
        long words = 0, stopwords = 0, shortWords = 0, shortStopwords = 0;
        foreach (ref readonly Block block in document.Blocks)
        {
            if (block.Label != BlockLabel.Undecided || block.WordCount < MinFallbackReferenceWords)
            {
                continue;
            }

            shortWords += block.WordCount;
            shortStopwords += block.StopwordCount;
            if (block.WordCount >= _options.ReferenceBlockWords)
            {
                words += block.WordCount;
                stopwords += block.StopwordCount;
            }
        }

        if (words == 0)
        {
            (words, stopwords) = (shortWords, shortStopwords);
        }

        if (words == 0)
        {
            return (_options.StopwordsLow, _options.StopwordsHigh);
        }

        double reference = (double)stopwords / words;
        return (Math.Min(_options.StopwordsLow, _options.RelativeStopwordsLow * reference),
                Math.Min(_options.StopwordsHigh, _options.RelativeStopwordsHigh * reference));
    }

    /// <summary>The share of the undecided blocks' characters that sit in good blocks, and the number of good blocks.</summary>
    private static (double Share, int Count) GoodShare(PageDocument document, ReadOnlySpan<ContentClass> classes)
    {
        long good = 0, total = 0;
        int count = 0;
        for (int i = 0; i < classes.Length; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.Label != BlockLabel.Undecided)
            {
                continue;
            }

            total += block.Length;
            if (classes[i] == ContentClass.Good)
            {
                good += block.Length;
                count++;
            }
        }

        return (total == 0 ? 1 : (double)good / total, count);
    }

    /// <summary>
    /// jusText's heading pre-pass: a short heading followed closely by a good block is near-good, so a subheading
    /// that opens the article survives between the page's header and the first paragraph.
    /// </summary>
    private static void PromoteHeadings(PageDocument document, Span<ContentClass> classes, int maxDistance)
    {
        for (int i = 0; i < classes.Length; i++)
        {
            if (classes[i] != ContentClass.Short || document[i].Label != BlockLabel.Undecided || !document[i].Has(BlockTraits.Heading))
            {
                continue;
            }

            int distance = 0;
            for (int k = i + 1; k < classes.Length && distance <= maxDistance && maxDistance > 0; k++)
            {
                if (classes[k] == ContentClass.Good)
                {
                    classes[i] = ContentClass.NearGood;
                    break;
                }

                distance += document[k].Length;
            }
        }
    }

    /// <summary>
    /// Context-sensitive revision (jusText's revise_paragraph_classification, decided on a snapshot):
    /// short blocks take the class of their nearest good/bad neighbours, near-good blocks become bad only
    /// between two bad ones. Neighbours are found with linear sweeps, so the pass is O(n).
    /// </summary>
    internal static void Revise(ReadOnlySpan<ContentClass> classes, Span<ContentClass> revised)
    {
        int n = classes.Length;
        ContentClass[] buffer = ArrayPool<ContentClass>.Shared.Rent(4 * n);
        try
        {
            // Nearest good/bad anchor before and after each block (near-good ignored), and nearest non-short (near-good counts).
            Span<ContentClass> prevAnchor = buffer.AsSpan(0, n), nextAnchor = buffer.AsSpan(n, n);
            Span<ContentClass> prevNonShort = buffer.AsSpan(2 * n, n), nextNonShort = buffer.AsSpan(3 * n, n);
            ContentClass anchor = ContentClass.Bad, nonShort = ContentClass.Bad;
            for (int i = 0; i < n; i++)
            {
                prevAnchor[i] = anchor;
                prevNonShort[i] = nonShort;
                if (classes[i] is ContentClass.Good or ContentClass.Bad)
                {
                    anchor = classes[i];
                }

                if (classes[i] != ContentClass.Short)
                {
                    nonShort = classes[i];
                }
            }

            anchor = nonShort = ContentClass.Bad;
            for (int i = n - 1; i >= 0; i--)
            {
                nextAnchor[i] = anchor;
                nextNonShort[i] = nonShort;
                if (classes[i] is ContentClass.Good or ContentClass.Bad)
                {
                    anchor = classes[i];
                }

                if (classes[i] != ContentClass.Short)
                {
                    nonShort = classes[i];
                }
            }

            for (int i = 0; i < n; i++)
            {
                revised[i] = classes[i] switch
                {
                    ContentClass.Short => ReviseShort(prevAnchor[i], nextAnchor[i], prevNonShort[i], nextNonShort[i]),
                    ContentClass.NearGood => prevAnchor[i] == ContentClass.Bad && nextAnchor[i] == ContentClass.Bad ? ContentClass.Bad : ContentClass.Good,
                    ContentClass c => c,
                };
            }
        }
        finally
        {
            ArrayPool<ContentClass>.Shared.Return(buffer);
        }
    }

    private static ContentClass ReviseShort(ContentClass prev, ContentClass next, ContentClass prevNonShort, ContentClass nextNonShort)
    {
        if (prev == next)
        {
            return prev;
        }

        // One good side, one bad: a near-good block between this one and the bad anchor marks the cut after it.
        ContentClass badSideNeighbour = prev == ContentClass.Bad ? prevNonShort : nextNonShort;
        return badSideNeighbour == ContentClass.NearGood ? ContentClass.Good : ContentClass.Bad;
    }
}
