namespace Boilerplate.Evaluation;

/// <summary>Which form of a page the library is given.</summary>
internal enum EvalMode
{
    /// <summary>The text dump, <c>dump/&lt;id&gt;.txt</c>, through <see cref="Cleaner.Process(string, BoilerplatePipeline?)"/>.</summary>
    Dump,

    /// <summary>The fetched HTML bytes, <c>html/&lt;id&gt;.html</c>.</summary>
    Html,
}

internal static class EvalModeExtensions
{
    /// <summary>The mode's name in paths, tables and the command line.</summary>
    public static string Name(this EvalMode mode) => mode == EvalMode.Dump ? "dump" : "html";

    /// <summary>The folder of a data set holding the mode's input files.</summary>
    public static string InputFolder(this EvalMode mode) => mode.Name();

    /// <summary>The extension of the mode's input files.</summary>
    public static string InputExtension(this EvalMode mode) => mode == EvalMode.Dump ? ".txt" : ".html";
}
