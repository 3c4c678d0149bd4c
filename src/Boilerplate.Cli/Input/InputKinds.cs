using System.Diagnostics;

namespace Boilerplate.Cli.Input;

/// <summary>The kinds of page file the CLI reads (<see cref="InputKind.TextDump"/> and <see cref="InputKind.Html"/>), by extension or content.</summary>
/// <remarks>
/// To add a kind: a member of <see cref="InputKind"/>, its extensions in <see cref="FromPath"/> and its branch in
/// <see cref="Clean"/>. Nothing else in the commands depends on the kind.
/// </remarks>
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
    public static InputKind Sniff(ReadOnlySpan<byte> content) => InputSniffer.Detect(content) == InputKind.Html ? InputKind.Html : InputKind.TextDump;

    /// <summary>Cleans a file's raw bytes according to its kind, with <paramref name="pipeline"/> or the default one.</summary>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult Clean(InputKind kind, byte[] content, BoilerplatePipeline? pipeline = null) => kind switch
    {
        InputKind.TextDump => Cleaner.Process(TextDecoding.Decode(content), pipeline),

        // The library finds the charset as a browser does (byte order mark, <meta charset>, UTF-8 or windows-1252).
        InputKind.Html => Cleaner.ProcessHtml(content, pipeline),
        _ => throw new UnreachableException($"No cleaner for input kind {kind}."),
    };
}
