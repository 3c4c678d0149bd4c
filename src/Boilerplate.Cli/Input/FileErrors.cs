namespace Boilerplate.Cli.Input;

/// <summary>Short, stable wording for the file errors users hit, instead of the runtime's long messages.</summary>
internal static class FileErrors
{
    /// <summary>Whether <paramref name="exception"/> is a file-system failure to report rather than a bug.</summary>
    public static bool IsFileError(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "file not found",
        UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
        PathTooLongException => "path too long",
        _ => exception.Message,
    };

    /// <summary>Reads a whole file; a folder given as a file is reported as such, not as "permission denied".</summary>
    public static byte[] ReadAllBytes(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("is a directory");
        }

        return File.ReadAllBytes(path);
    }
}
