using System.Text;

namespace Boilerplate.Cli.Output;

/// <summary>Writes a file under a temporary name and renames it, so a killed run never leaves a half-written output.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string content)
    {
        string directory = Path.GetDirectoryName(path) ?? ".";
        Directory.CreateDirectory(directory);

        string temporary = TemporaryPath(path);
        try
        {
            File.WriteAllText(temporary, content, s_utf8);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// A fresh temporary name beside <paramref name="path"/>: same folder, so that the rename is atomic; a leading
    /// dot and a .tmp suffix, so that a leftover from a killed run is hidden and never mistaken for an output or an input.
    /// </summary>
    public static string TemporaryPath(string path)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Path.Combine(directory, $".{Path.GetFileName(path)}.{Path.GetRandomFileName()}.tmp");
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original error is the one worth reporting.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
