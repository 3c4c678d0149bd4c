using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
/// For HTML it also tells when the parser itself lost the text: the markup holds at least
/// <see cref="MinMarkupLetters"/> letters outside tags, scripts, styles and comments, and the page's blocks hold under
/// <see cref="MaxParsedShare"/> of them (a missing &lt;/head&gt; can hide a whole body, for example).
/// </remarks>
internal static class ArticleLossCheck
{
    public const int MinParagraphWords = 40;
    public const int MinParagraphs = 2;
    public const double MaxKeptShare = 0.1;
    public const double MaxParagraphLinkDensity = 0.25;
    public const int MinMarkupLetters = 1000;
    public const double MaxParsedShare = 0.1;

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

    /// <summary>Whether an HTML page's blocks hold under a tenth of the letters its markup shows; one pass over the markup, and none when the blocks hold enough letters to rule it out.</summary>
    /// <param name="document">The page.</param>
    /// <param name="markupLetters">Letters the markup shows, when counted; otherwise 0.</param>
    /// <returns>Whether the parser lost most of the page's text.</returns>
    public static bool TextLostInParsing(PageDocument document, out int markupLetters)
    {
        markupLetters = 0;
        string? markup = document.Markup;
        // The markup's letters are at most its characters outside tags, comments, scripts and styles: most pages' text
        // rules the loss out from that bound, without counting.
        if (markup is null || document.LetterCount >= MaxParsedShare * Math.Min(markup.Length, document.MarkupTextBound))
        {
            return false;
        }

        markupLetters = CountMarkupLetters(markup);
        return markupLetters >= MinMarkupLetters && document.LetterCount < MaxParsedShare * markupLetters;
    }

    /// <summary>Letters outside tags, comments, scripts and styles: what a browser would show, roughly.</summary>
    internal static int CountMarkupLetters(string markup)
    {
        int letters = 0, i = 0;
        while (i < markup.Length)
        {
            int lt = markup.IndexOf('<', i);
            int end = lt < 0 ? markup.Length : lt;
            letters += CountLetters(markup.AsSpan(i, end - i));

            if (lt < 0)
            {
                break;
            }

            ReadOnlySpan<char> rest = markup.AsSpan(lt);
            int skip;
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                int close = rest.IndexOf("-->", StringComparison.Ordinal);
                skip = close < 0 ? -1 : close + 3;
            }
            else if (rest.StartsWith("<script", StringComparison.OrdinalIgnoreCase))
            {
                skip = IndexAfter(rest, "</script");
            }
            else if (rest.StartsWith("<style", StringComparison.OrdinalIgnoreCase))
            {
                skip = IndexAfter(rest, "</style");
            }
            else
            {
                int gt = rest.IndexOf('>');
                skip = gt < 0 ? -1 : gt + 1;
            }

            i = skip < 0 ? markup.Length : lt + skip;
        }

        return letters;
    }

    /// <summary>Letters of <paramref name="text"/>: ASCII letters counted eight characters at a time, other characters one by one.</summary>
    internal static int CountLetters(ReadOnlySpan<char> text)
    {
        int letters = 0, i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> chars = Vector128.LoadUnsafe(ref first, (nuint)i);
                if (Vector128.GreaterThanAny(chars, Vector128.Create((ushort)127)))
                {
                    letters += CountLettersOneByOne(text.Slice(i, Vector128<ushort>.Count));
                    continue;
                }

                Vector128<ushort> lower = (chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
                letters += BitOperations.PopCount(Vector128.LessThan(lower, Vector128.Create((ushort)26)).ExtractMostSignificantBits());
            }
        }

        return letters + CountLettersOneByOne(text[i..]);
    }

    private static int CountLettersOneByOne(ReadOnlySpan<char> text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters;
    }

    private static int IndexAfter(ReadOnlySpan<char> text, string value)
    {
        int at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : at + value.Length;
    }
}
