using System.Text;
using System.Text.RegularExpressions;

namespace Boilerplate.Tests.Extensibility;

/// <summary>
/// A tiny Markdown input written outside the library: headings, paragraphs, list items grouped in list elements,
/// quotes, fenced code and inline links, turned into the public model with <see cref="PageDocumentBuilder"/>.
/// </summary>
internal static partial class MarkdownInput
{
    public static PageDocument Parse(string markdown)
    {
        var builder = new PageDocumentBuilder { HasStructure = true };
        int body = builder.AddElement(-1, "body");
        int list = -1;
        bool code = false;
        foreach (string raw in markdown.Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                code = !code;
                continue;
            }

            if (code)
            {
                builder.AddBlock(line, BlockTraits.Preformatted, body);
                continue;
            }

            bool item = line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal);
            if (!item)
            {
                list = -1;
            }

            int level = line.TakeWhile(c => c == '#').Count();
            if (level is > 0 and <= 6 && line.Length > level && line[level] == ' ')
            {
                AddInline(builder, line[(level + 1)..], BlockTraits.None, body, level);
            }
            else if (item)
            {
                list = list < 0 ? builder.AddElement(body, "ul") : list;
                AddInline(builder, line[2..], BlockTraits.ListItem, builder.AddElement(list, "li"), 0);
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                AddInline(builder, line[2..], BlockTraits.Quote, body, 0);
            }
            else
            {
                AddInline(builder, line, BlockTraits.None, body, 0);
            }
        }

        return builder.Build();
    }

    /// <summary>Adds a block with its links' text in place of [text](url), counting that text as link text.</summary>
    private static void AddInline(PageDocumentBuilder builder, string line, BlockTraits traits, int element, int headingLevel)
    {
        var text = new StringBuilder();
        int linkChars = 0, last = 0;
        string trimmed = line.Trim();
        foreach (Match link in Link().Matches(trimmed))
        {
            text.Append(trimmed, last, link.Index - last).Append(link.Groups[1].ValueSpan);
            linkChars += link.Groups[1].Length;
            last = link.Index + link.Length;
        }

        text.Append(trimmed, last, trimmed.Length - last);
        builder.AddBlock(text.ToString(), traits, element, linkChars, headingLevel);
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
}
