using Boilerplate.Cli.CommandLine;

namespace Boilerplate.Cli.Output;

/// <summary>What an article is written as: <c>--format text|markdown|json</c>.</summary>
internal enum OutputFormat
{
    /// <summary>The title, a blank line, then the body, one block per line.</summary>
    Text,

    /// <summary><see cref="CleanResult.ToMarkdown()"/>: headings, lists, quotes, code and tables kept.</summary>
    Markdown,

    /// <summary>The JSON result of <c>clean --json</c>.</summary>
    Json,

    /// <summary><see cref="CleanResult.ToHtml"/>: the body as clean HTML from an allowlist.</summary>
    Html,
}

internal static class OutputFormats
{
    public const string Option = "--format";

    public static OutputFormat Parse(string value, string command) => value switch
    {
        "text" or "txt" => OutputFormat.Text,
        "markdown" or "md" => OutputFormat.Markdown,
        "json" => OutputFormat.Json,
        "html" => OutputFormat.Html,
        _ => throw new UsageException($"'{Option}' must be text, markdown, json or html (was '{value}')", command),
    };
}
