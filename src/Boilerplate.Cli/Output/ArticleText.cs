using System.Text;

namespace Boilerplate.Cli.Output;

/// <summary>The plain-text output of <c>clean</c> and <c>batch</c>: the title, a blank line, then the body, one block per line.</summary>
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
}
