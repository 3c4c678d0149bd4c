using System.Runtime.InteropServices;
using System.Text;

namespace Boilerplate.Fuzz;

/// <summary>
/// The two fuzz targets and the properties every result must have. A violated property throws
/// <see cref="InvariantViolationException"/>, which the fuzzer reports as a crash, as it does any other exception
/// the library lets out (only <see cref="InputTooLargeException"/> is an expected outcome).
/// The regression tests compile this file too and replay every crash input through the same checks.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Small limits, so that short fuzz inputs reach the flattening and truncation paths as well as the normal ones.</summary>
    public const int MaxHtmlDepth = 16, MaxHtmlElements = 200, MaxLineChars = 2_000, MaxBlocks = 500;

    private static readonly BoilerplatePipeline s_pipeline = Build();

    private static readonly OutputOptions s_everything = new() { IncludeImages = true, AllowDataImages = true };

    /// <summary>The pipeline the targets run: the default filters with limits small enough for fuzz inputs to cross.</summary>
    public static BoilerplatePipeline Pipeline => s_pipeline;

    /// <summary>Cleans <paramref name="data"/> as a text dump (see <see cref="DecodeText"/>) and checks the result.</summary>
    /// <param name="data">The fuzzer's input.</param>
    public static void Text(ReadOnlySpan<byte> data)
    {
        string text = DecodeText(data);
        CleanResult result;
        try
        {
            result = s_pipeline.Process(text);
        }
        catch (InputTooLargeException)
        {
            throw new InvariantViolationException("InputTooLargeException below the default MaxInputChars");
        }

        Check(result);
        CheckLimits(result);
        Require(ReferenceEquals(result.Document.Source, text) || result.Warnings != CleanWarnings.None, "text source replaced without a warning");
    }

    /// <summary>Decodes <paramref name="data"/> as HTML bytes, as a browser would, cleans it and checks the result.</summary>
    /// <param name="data">The fuzzer's input.</param>
    public static void Html(ReadOnlySpan<byte> data)
    {
        CleanResult result;
        try
        {
            result = s_pipeline.ProcessHtml(data);
        }
        catch (InputTooLargeException)
        {
            return;
        }

        Check(result);
        CheckLimits(result);
        Require(result.Document.Markup is not null, "HTML result without markup");
    }

    /// <summary>
    /// Turns fuzz bytes into a string. Input starting with a zero byte is read as raw UTF-16LE code units after
    /// it (so lone surrogates, NUL and every BMP character are reachable); anything else is UTF-8 with invalid
    /// sequences replaced by U+FFFD, as a crawler reading the bytes would.
    /// </summary>
    /// <param name="data">The fuzzer's input.</param>
    /// <returns>The text to clean.</returns>
    public static string DecodeText(ReadOnlySpan<byte> data)
    {
        if (data.Length > 0 && data[0] == 0)
        {
            ReadOnlySpan<byte> units = data[1..];
            return new string(MemoryMarshal.Cast<byte, char>(units[..(units.Length & ~1)]));
        }

        return Encoding.UTF8.GetString(data);
    }

    /// <summary>Checks the properties every result must have, whatever the input.</summary>
    /// <param name="result">The result to check.</param>
    public static void Check(CleanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        PageDocument document = result.Document;
        string source = document.Source;
        var expected = new StringBuilder();
        int kept = 0, previousEnd = 0;
        for (int i = 0; i < document.Count; i++)
        {
            Block block = document[i];
            Require(block.Start >= previousEnd && block.Length > 0 && block.Start + block.Length <= source.Length, "block range outside the source or overlapping");
            previousEnd = block.Start + block.Length;
            Require(block.Label != BlockLabel.Undecided || !block.IsRemoved, "undecided block removed");
            Require(!block.IsRemoved || (block.Filter is not null && block.Reason is not null), "removed block without filter and reason");
            Require(block.WordCount >= 0 && block.LetterCount >= 0 && block.StopwordCount <= block.WordCount, "negative or inconsistent counts");
            Require(block.LinkCharCount >= 0 && block.LinkCharCount <= block.Length, "link characters outside the block");
            if (document.Markup is { } markup && block.MarkupStart >= 0)
            {
                Require(block.MarkupStart + block.MarkupLength <= markup.Length, "markup range outside the markup");
            }

            if (!block.IsRemoved)
            {
                if (kept++ > 0)
                {
                    expected.Append('\n');
                }

                expected.Append(document.GetText(i));
            }
        }

        Require(kept == result.KeptCount && result.RemovedCount == document.Count - kept, "kept and removed counts disagree with the blocks");
        Require(string.Equals(expected.ToString(), result.Text, StringComparison.Ordinal), "article text is not the kept blocks joined by line breaks");
        Require(result.Title is null || result.Title.Length > 0, "empty title instead of null");
        Require(result.ToMarkdown() is not null, "no Markdown");
        Require(result.ToMarkdown(s_everything) is not null, "no Markdown with links and images");
        CheckHtml(result);
        Require(result.Explain().Count() == document.Count, "Explain() does not list every block");
    }

    /// <summary>ToHtml stays inside its allowlist and reads back as the article's letters and digits, whatever the input (NUL is written as U+FFFD).</summary>
    private static void CheckHtml(CleanResult result)
    {
        string html = result.ToHtml(s_everything);
        IReadOnlyList<string> violations = Boilerplate.Evaluation.HtmlOutputCheck.Violations(html, allowDataImages: true);
        Require(violations.Count == 0, "ToHtml outside the allowlist: " + (violations.Count > 0 ? violations[0] : string.Empty));
        Require(LettersAndDigits(Boilerplate.Evaluation.HtmlOutputCheck.Text(html)) == LettersAndDigits(result.Text), "ToHtml's text is not the article text");
    }

    private static string LettersAndDigits(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    private static void CheckLimits(CleanResult result)
    {
        int count = result.Document.Count;
        Require(count <= MaxBlocks, "more blocks than MaxBlocks");
        Require(!result.Warnings.HasFlag(CleanWarnings.BlocksTruncated) || count == MaxBlocks, "BlocksTruncated without reaching MaxBlocks");
        if (result.Document.Format == PageFormat.Text)
        {
            for (int i = 0; i < count; i++)
            {
                Require(result.Document[i].Length <= MaxLineChars, "a line longer than MaxLineChars");
            }
        }
    }

    private static void Require(bool condition, string property)
    {
        if (!condition)
        {
            throw new InvariantViolationException(property);
        }
    }

    private static BoilerplatePipeline Build()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        builder.Limits.MaxHtmlDepth = MaxHtmlDepth;
        builder.Limits.MaxHtmlElements = MaxHtmlElements;
        builder.Limits.MaxLineChars = MaxLineChars;
        builder.Limits.MaxBlocks = MaxBlocks;
        return builder.Build();
    }
}

/// <summary>A property every result must have did not hold.</summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvariantViolationException()
    {
    }

    /// <summary>Creates the exception for a property.</summary>
    /// <param name="message">The property that failed.</param>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">The property that failed.</param>
    /// <param name="innerException">The cause.</param>
    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
