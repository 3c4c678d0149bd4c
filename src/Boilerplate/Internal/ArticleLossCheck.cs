namespace Boilerplate.Internal;

/// <summary>
/// Tells when the filters removed almost everything from a page that has long, well-formed paragraphs, so that a
/// result empty by mistake is flagged (<see cref="CleanWarnings.ArticleMayBeLost"/>) instead of read as "no article".
/// </summary>
/// <remarks>
/// A well-formed paragraph is a block of at least <see cref="MinParagraphWords"/> words that ends a sentence and is
/// mostly not link text: what an article is made of and menus, link lists and comment forms are not. A page with at
/// least <see cref="MinParagraphs"/> of them, of which the result keeps under <see cref="MaxKeptShare"/> of the words,
/// is flagged. Pages of short lines (poetry, lists, forums of one-liners) are never flagged: there the filters' word is
/// the only evidence there is.
/// </remarks>
internal static class ArticleLossCheck
{
    public const int MinParagraphWords = 40;
    public const int MinParagraphs = 2;
    public const double MaxKeptShare = 0.1;
    public const double MaxParagraphLinkDensity = 0.25;

    /// <summary>Counts the page's well-formed paragraphs and the words kept; one pass over the blocks.</summary>
    /// <param name="document">The page, after the filters ran.</param>
    /// <param name="paragraphs">Number of well-formed paragraphs on the page.</param>
    /// <param name="paragraphWords">Their words.</param>
    /// <param name="keptParagraphWords">Words of the well-formed paragraphs the result keeps.</param>
    /// <returns>Whether the article may have been lost.</returns>
    public static bool MayBeLost(PageDocument document, out int paragraphs, out int paragraphWords, out int keptParagraphWords)
    {
        paragraphs = 0;
        paragraphWords = 0;
        keptParagraphWords = 0;
        long keptWords = 0;
        foreach (ref readonly Block block in document.Blocks)
        {
            if (!block.IsRemoved)
            {
                keptWords += block.WordCount;
            }

            if (block.WordCount < MinParagraphWords
                || !block.Has(BlockTraits.TerminalPunctuation)
                || block.LinkDensity > MaxParagraphLinkDensity)
            {
                continue;
            }

            paragraphs++;
            paragraphWords += block.WordCount;
            if (!block.IsRemoved)
            {
                keptParagraphWords += block.WordCount;
            }
        }

        // Kept words of any kind count: an article of short lines next to a long removed comment is not lost.
        return paragraphs >= MinParagraphs && keptWords < MaxKeptShare * paragraphWords;
    }
}
