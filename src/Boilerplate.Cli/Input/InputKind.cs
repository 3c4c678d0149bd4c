using System.Diagnostics;

namespace Boilerplate.Cli.Input;

/// <summary>The kinds of page file the CLI reads.</summary>
/// <remarks>
/// To add a kind: a member here, its extensions in <see cref="InputKinds.FromPath"/> and its branch in
/// <see cref="InputKinds.Clean"/>. Nothing else in the commands depends on the kind.
/// </remarks>
internal enum InputKind
{
    /// <summary>A page's visible text, one block per line (<c>*.txt</c>).</summary>
    TextDump,

    /// <summary>A page's HTML as fetched (<c>*.html</c>, <c>*.htm</c>, <c>*.xhtml</c>), in any charset.</summary>
    Html,
}

internal static class InputKinds
{
    /// <summary>The kind a file's extension stands for, or <see langword="null"/> when the CLI does not know it.</summary>
    public static InputKind? FromPath(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".TXT" => InputKind.TextDump,
        ".HTML" or ".HTM" or ".XHTML" => InputKind.Html,
        _ => null,
    };

    /// <summary>The kind of content whose extension says nothing: HTML when its first markup says so, else a text dump.</summary>
    public static InputKind Sniff(ReadOnlySpan<byte> content) => HtmlSniffer.LooksLikeHtml(content) ? InputKind.Html : InputKind.TextDump;

    /// <summary>Cleans a file's raw bytes according to its kind.</summary>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult Clean(InputKind kind, byte[] content) => kind switch
    {
        InputKind.TextDump => Cleaner.Process(TextDecoding.Decode(content)),

        // The library finds the charset as a browser does (byte order mark, <meta charset>, UTF-8 or windows-1252).
        InputKind.Html => Cleaner.ProcessHtml(content),
        _ => throw new UnreachableException($"No cleaner for input kind {kind}."),
    };
}
