using System.Text;

namespace Boilerplate.Cli.Output;

/// <summary>
/// The article outputs of <c>clean</c> and <c>batch</c>: plain text (the title, a blank line, then the body, one
/// block per line), Markdown (a <c># title</c> heading, then the body's structure) or HTML (the body in an
/// <c>&lt;article&gt;</c>; the title is in the metadata).
/// </summary>
internal static class ArticleText
{
    public static string Format(CleanResult result, bool includeTitle)
    {
        string? title = includeTitle && !string.IsNullOrEmpty(result.Title) ? result.Title : null;
        if (title is null)
        {
            return result.Text.Length == 0 ? string.Empty : result.Text + "\n";
        }

        var text = new StringBuilder(title.Length + result.Text.Length + 3).Append(title).Append('\n');
        if (result.Text.Length > 0)
        {
            text.Append('\n').Append(result.Text).Append('\n');
        }

        return text.ToString();
    }

    public static string Format(CleanResult result, bool includeTitle, OutputFormat format) => format switch
    {
        OutputFormat.Markdown => FormatMarkdown(result, includeTitle),
        OutputFormat.Html => result.ToHtml(),
        _ => Format(result, includeTitle),
    };

    public static string FormatMarkdown(CleanResult result, bool includeTitle)
    {
        ReadOnlySpan<char> markdown = result.ToMarkdown();

        // The library always opens with the title as a level-1 heading; --no-title takes that heading off.
        if (!includeTitle && !string.IsNullOrEmpty(result.Title))
        {
            string heading = "# " + result.Title + "\n";
            if (markdown.StartsWith(heading, StringComparison.Ordinal))
            {
                markdown = markdown[heading.Length..].TrimStart('\n');
            }
        }

        markdown = markdown.TrimEnd('\n');
        return markdown.IsEmpty ? string.Empty : string.Concat(markdown, "\n");
    }
}
