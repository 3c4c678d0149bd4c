using System.Buffers;
using System.Runtime.CompilerServices;
using Boilerplate.Internal;
using Boilerplate.Text;

namespace Boilerplate.Filters.Navigation;

/// <summary>
/// Finds page furniture by rule: date and time stamps, copyright and legal lines, comment-form fields and
/// everything between them, social and share links, calls to action ("read more", "subscribe"), menu words,
/// dated lists of related headlines and runs of menu-like short lines.
/// </summary>
/// <remarks>
/// Lexicon rules judge only short lines (<see cref="NavigationOptions.MaxLexiconWords"/>) and need the phrases to
/// cover most of the line, so article prose that mentions a phrase stays. Lexicons cover English, German, French,
/// Spanish, Italian, Portuguese, Dutch, Russian, Arabic, Chinese and Japanese.
/// </remarks>
public sealed class NavigationFilter : BoilerplateFilter
{
    /// <summary>The filter's <see cref="BoilerplateFilter.Name"/>.</summary>
    internal const string FilterName = "navigation";

    /// <summary>Reason: a line of only digits and punctuation (counters, separators).</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.NoLetters) or DecisionCode.NoLetters.GetReason().")]
    public const string NoLettersReason = "no letters";

    /// <summary>Reason: a date or time stamp.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.DateStamp) or DecisionCode.DateStamp.GetReason().")]
    public const string DateStampReason = "date or time stamp";

    /// <summary>Reason: a copyright or credits line.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.Copyright) or DecisionCode.Copyright.GetReason().")]
    public const string CopyrightReason = "copyright or credits line";

    /// <summary>Reason: a legal or policy line.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.Legal) or DecisionCode.Legal.GetReason().")]
    public const string LegalReason = "legal or policy line";

    /// <summary>Reason: a form-field label.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.FormLabel) or DecisionCode.FormLabel.GetReason().")]
    public const string FormLabelReason = "form field label";

    /// <summary>Reason: a line inside a comment form.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.InsideForm) or DecisionCode.InsideForm.GetReason().")]
    public const string InsideFormReason = "inside a form";

    /// <summary>Reason: social network or share links.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.SocialLinks) or DecisionCode.SocialLinks.GetReason().")]
    public const string SocialReason = "social or share links";

    /// <summary>Reason: a call to action.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.CallToAction) or DecisionCode.CallToAction.GetReason().")]
    public const string CallToActionReason = "call to action";

    /// <summary>Reason: menu words.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.MenuLinks) or DecisionCode.MenuLinks.GetReason().")]
    public const string MenuReason = "navigation links";

    /// <summary>Reason: a headline of a dated link list.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.DatedLinkList) or DecisionCode.DatedLinkList.GetReason().")]
    public const string DatedLinkListReason = "dated link list";

    /// <summary>Reason: a run of menu-like short lines.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.MenuRun) or DecisionCode.MenuRun.GetReason().")]
    public const string MenuRunReason = "run of menu-like short lines";

    /// <summary>Reason: the block sits in a container whose tag, role or class/id marks boilerplate.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.BoilerplateContainer) or DecisionCode.BoilerplateContainer.GetReason().")]
    public const string ContainerReason = "inside a boilerplate container (nav, footer, sidebar, share, …)";

    /// <summary>Reason: the block sits in a comment section.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.CommentSection) or DecisionCode.CommentSection.GetReason().")]
    public const string CommentsReason = "inside a comment section";

    private const int MaxLineChars = 512;
    private const int MaxLineWords = PhraseMatcher.MaxWords;
    private const byte KindStamp = 1, KindForm = 2;

    /// <summary>A discussion thread's posts hold at least this many times the prose of its opening post.</summary>
    private const int ThreadProseRatio = 3;

    private static readonly PhraseMatcher s_matcher = new(NavigationLexicon.Entries);

    private readonly NavigationOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public NavigationFilter(NavigationOptions? options = null)
        : base(FilterName)
    {
        _options = (options ?? new NavigationOptions()).Clone();
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        int count = document.Count;
        byte[] kinds = ArrayPool<byte>.Shared.Rent(count);
        ReadOnlySpan<LexiconHints> lexicon = document.LexiconHints;
        try
        {
            Array.Clear(kinds, 0, count);
            DropBoilerplateContainers(document);
            for (int i = 0; i < count; i++)
            {
                kinds[i] = JudgeLine(document, i, lexicon[i]);
            }

            DropFormRegions(document, kinds);
            DropDatedLinkLists(document, kinds);
            DropMenuRuns(document);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(kinds);
        }
    }

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);

    [SkipLocalsInit]
    private byte JudgeLine(PageDocument document, int index, in LexiconHints lexicon)
    {
        ref readonly Block block = ref document[index];
        if (block.Label != BlockLabel.Undecided || block.Has(BlockTraits.Preformatted))
        {
            return 0; // code and preformatted text are not furniture, whatever their words
        }

        bool html = document.HasStructure;
        if (block.LetterCount == 0)
        {
            // Numbers in a table are data; elsewhere a line of digits is a counter or a separator.
            if (block.WordCount <= 3 && !(html && block.Has(BlockTraits.TableCell)))
            {
                document.Drop(index, Name, DecisionCode.NoLetters);
                return block.DigitCount > 0 ? KindStamp : (byte)0;
            }

            return 0;
        }

        ReadOnlySpan<char> text = document.GetText(index);
        if (block.WordCount > _options.MaxLexiconWords || text.Length > MaxLineChars)
        {
            return 0;
        }

        if (lexicon.HasCopyrightSign)
        {
            document.Drop(index, Name, DecisionCode.Copyright);
            return 0;
        }

        if (text[^1] != '*' && !MayMatchLexicon(block, lexicon))
        {
            return 0;
        }

        Unsafe.SkipInit(out Buffer512<char> lineBuffer);
        Span<char> buffer = ((Span<char>)lineBuffer)[..MaxLineChars];
        Unsafe.SkipInit(out Buffer64<Range> wordsBuffer);
        Span<Range> words = ((Span<Range>)wordsBuffer)[..MaxLineWords];
        int wordCount = LowerWords.Tokenize(text, buffer, words);
        if (wordCount == 0)
        {
            return 0;
        }

        words = words[..wordCount];
        if (text[^1] == '*' && wordCount <= _options.MaxFormLabelWords)
        {
            document.Drop(index, Name, DecisionCode.FormLabel);
            return KindForm;
        }

        Unsafe.SkipInit(out Buffer8<int> coveredBuffer);
        Span<int> covered = coveredBuffer;
        LexiconCategory found = s_matcher.Match(buffer, words, covered);
        int numbers = block.DigitCount == 0 ? 0 : CountNumbers(buffer, words);
        double minCovered = _options.MinLexiconCoverage * wordCount;

        // A copyright phrase marks the line wherever it stands; a credit ("powered by") only when it is most of the line.
        // A sentence that mentions copyright ("…not protected by copyright.") is prose; a notice is short or dated.
        bool copyrightNotice = (found & LexiconCategory.Copyright) != 0
            && (numbers > 0 || wordCount <= 6 || !block.Has(BlockTraits.TerminalPunctuation));
        if (copyrightNotice || covered[7] >= minCovered || (covered[7] > 0 && numbers > 0))
        {
            document.Drop(index, Name, DecisionCode.Copyright);
            return 0;
        }

        int dateWords = covered[5] + numbers;
        if (numbers > 0 && covered[5] > 0 && dateWords >= wordCount - 3 && dateWords * 2 > wordCount)
        {
            document.Drop(index, Name, DecisionCode.DateStamp);
            return KindStamp;
        }

        // In HTML, a one-word label sits in a form (a table header "Name" is not one); "Leave a Reply" is a form's heading anywhere.
        // A long form phrase ("Notify me of follow-up comments by email.") is a form line at any length.
        if (covered[2] >= minCovered && (wordCount <= _options.MaxFormLabelWords || covered[2] >= 4) && (!html || block.Has(BlockTraits.InForm) || covered[2] >= 2))
        {
            document.Drop(index, Name, DecisionCode.FormLabel);
            return KindForm;
        }

        if (covered[1] >= minCovered)
        {
            document.Drop(index, Name, DecisionCode.Legal);
        }
        else if (covered[3] >= minCovered || (covered[3] >= 3 && covered[3] * 4 >= wordCount))
        {
            document.Drop(index, Name, DecisionCode.SocialLinks);
        }
        else if (covered[4] >= minCovered)
        {
            document.Drop(index, Name, DecisionCode.CallToAction);
        }
        else if (covered[6] >= minCovered && wordCount <= _options.MaxMenuItemWords)
        {
            document.Drop(index, Name, DecisionCode.MenuLinks);
        }
        else if (wordCount <= 8 && covered[1] + covered[3] + covered[4] + covered[6] + covered[7] >= 0.75 * wordCount)
        {
            document.Drop(index, Name, DecisionCode.MenuLinks);
        }

        return 0;
    }

    /// <summary>
    /// Drops blocks whose nearest telling container says boilerplate, unless that would leave almost no prose:
    /// markup names are strong evidence, not proof (some sites wrap everything in a "sidebar-layout").
    /// </summary>
    private void DropBoilerplateContainers(PageDocument document)
    {
        if (!document.HasStructure)
        {
            return;
        }

        long prose = 0, proseInBoilerplate = 0, proseInComments = 0, wordsOutside = 0;
        bool postInArticle = false;
        foreach (ref readonly Block block in document.Blocks)
        {
            if (block.WordCount >= _options.MinProseWords && block.LinkDensity < 0.5)
            {
                prose += block.Length;
                if (block.Has(BlockTraits.InBoilerplateContainer))
                {
                    proseInBoilerplate += block.Length;
                    proseInComments += block.Has(BlockTraits.InCommentsContainer) ? block.Length : 0;
                }
                else
                {
                    wordsOutside += block.WordCount;
                    postInArticle |= block.Has(BlockTraits.InContentContainer);
                }
            }
        }

        // Comment sections are recognisable enough to drop whenever any prose stands outside boilerplate containers,
        // unless what stands outside is only a thread's opening post: then the posts are the page.
        long proseOutside = prose - proseInBoilerplate;
        bool trustAll = proseOutside >= _options.MinProseOutsideContainers * prose;
        bool thread = !postInArticle && wordsOutside <= _options.MaxOpeningPostWords && proseInComments >= ThreadProseRatio * proseOutside && proseInComments > 0;
        bool trustComments = !thread && (prose == 0 || prose > proseInBoilerplate); // a page that is only a comment form has no article
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            bool comment = block.Has(BlockTraits.InCommentsContainer);
            if (block.Has(BlockTraits.InBoilerplateContainer) && (comment ? trustComments || (trustAll && !thread) : trustAll))
            {
                document.Drop(i, Name, comment ? DecisionCode.CommentSection : DecisionCode.BoilerplateContainer);
            }
        }
    }

    /// <summary>
    /// Whether any lexicon rule below could decide the line, from what the scanner counted: every rule needs an anchor
    /// phrase or phrases covering enough words (at most <see cref="LexiconHints.PhraseReach"/>), and date stamps enough date
    /// words and numbers (a number has a digit).
    /// Most lines fail this, and skip the tokenizing and phrase matching.
    /// </summary>
    private bool MayMatchLexicon(in Block block, in LexiconHints hints)
    {
        int lexicon = hints.PhraseReach;
        int dates = hints.DateWordCount;
        int words = Math.Min(block.WordCount, MaxLineWords); // the rules below see at most this many words
        return hints.HasAnchor
            || (lexicon > 0
                && (lexicon >= _options.MinLexiconCoverage * words
                    || (lexicon >= 3 && lexicon * 4 >= words)
                    || (words <= 8 && lexicon >= 0.75 * words)))
            || (dates > 0 && block.DigitCount > 0 && 2 * (dates + block.DigitCount) > words);
    }

    private static int CountNumbers(ReadOnlySpan<char> buffer, ReadOnlySpan<Range> words)
    {
        int numbers = 0;
        foreach (Range range in words)
        {
            ReadOnlySpan<char> word = buffer[range];
            if (word.Length <= 4 && IsNumber(word))
            {
                numbers++;
            }
        }

        return numbers;
    }

    /// <summary>Whether a short word is all ASCII digits: a loop, as a vectorised search costs more than it saves on four characters.</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Form labels close together make a form: what sits between them (terms text, counters) goes too.</summary>
    private void DropFormRegions(PageDocument document, byte[] kinds)
    {
        int first = -1, last = -1, labels = 0;
        for (int i = 0; i <= document.Count; i++)
        {
            bool isLabel = i < document.Count && kinds[i] == KindForm;
            if (isLabel && first >= 0 && i - last - 1 <= _options.MaxFormGap)
            {
                last = i;
                labels++;
                continue;
            }

            if (i == document.Count || isLabel)
            {
                if (labels >= _options.MinFormLabels)
                {
                    for (int k = first + 1; k < last; k++)
                    {
                        document.Drop(k, Name, DecisionCode.InsideForm);
                    }
                }

                first = last = i;
                labels = 1;
            }
        }
    }

    /// <summary>Date stamps alternating with short lines are a list of related headlines: the headlines go too.</summary>
    private void DropDatedLinkLists(PageDocument document, byte[] kinds)
    {
        int previousStamp = -1, runStamps = 0, gap = 0;
        for (int i = 0; i < document.Count; i++)
        {
            if (kinds[i] != KindStamp)
            {
                continue;
            }

            int distance = i - previousStamp - 1;
            if (previousStamp >= 0 && distance is >= 1 and <= 2 && AllHeadlines(document, previousStamp + 1, i))
            {
                DropRange(document, previousStamp + 1, i, DecisionCode.DatedLinkList);
                runStamps++;
                gap = distance;
            }
            else
            {
                DropTrailingHeadlines(document, previousStamp, runStamps, gap);
                runStamps = 1;
            }

            previousStamp = i;
        }

        DropTrailingHeadlines(document, previousStamp, runStamps, gap);
    }

    private void DropTrailingHeadlines(PageDocument document, int lastStamp, int runStamps, int gap)
    {
        int end = Math.Min(document.Count, lastStamp + 1 + gap);
        if (runStamps >= 2 && AllHeadlines(document, lastStamp + 1, end))
        {
            DropRange(document, lastStamp + 1, end, DecisionCode.DatedLinkList);
        }
    }

    private bool AllHeadlines(PageDocument document, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            ref readonly Block block = ref document[k];
            if (block.Label == BlockLabel.Content || block.WordCount > _options.MaxLinkListHeadlineWords)
            {
                return false;
            }
        }

        return true;
    }

    private void DropRange(PageDocument document, int from, int to, DecisionCode reason)
    {
        for (int k = from; k < to; k++)
        {
            if (!document[k].Has(BlockTraits.Preformatted))
            {
                document.Drop(k, Name, reason);
            }
        }
    }

    /// <summary>Many very short lines in a row without sentence punctuation are a menu.</summary>
    private void DropMenuRuns(PageDocument document)
    {
        int runStart = 0;
        for (int i = 0; i <= document.Count; i++)
        {
            if (i < document.Count && IsMenuItem(document[i], document.HasStructure))
            {
                continue;
            }

            if (i - runStart >= _options.MinMenuRun)
            {
                DropRange(document, runStart, i, DecisionCode.MenuRun);
            }

            runStart = i + 1;
        }
    }

    // In HTML a menu is made of links: a list of short items without links is content (ingredients, steps).
    private bool IsMenuItem(in Block block, bool html) =>
        block.Label == BlockLabel.Boilerplate
        || (block.Label == BlockLabel.Undecided && block.WordCount <= _options.MaxMenuItemWords && !block.Has(BlockTraits.TerminalPunctuation)
            && (!html || block.LinkDensity >= 0.5));
}
