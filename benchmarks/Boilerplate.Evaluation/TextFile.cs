using System.Text;

namespace Boilerplate.Evaluation;

/// <summary>Writes every file of the harness: UTF-8 without a byte-order mark (callers build text with '\n' line ends).</summary>
internal static class TextFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, s_utf8);
    }
}
