using Boilerplate.Cli;

namespace Boilerplate.Tests.Cli;

/// <summary>Runs the CLI in-process on string streams, as a shell would run the tool.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "news-article.dump.txt");

    public static CliRun Invoke(params string[] args) => InvokeWithInput(string.Empty, args);

    public static CliRun InvokeWithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = BoilerplateCli.Run(args, input, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs with stdin as bytes under a <see cref="StreamReader"/>, as <c>Main</c> gives them.</summary>
    public static CliRun InvokeWithBytes(byte[] stdin, params string[] args)
    {
        using var input = new StreamReader(new MemoryStream(stdin));
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = BoilerplateCli.Run(args, input, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A fresh folder under the system temp folder, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("boilerplate-cli-tests-").FullName;

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string WriteFile(string relativePath, string content)
    {
        string path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
