using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Boilerplate.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boilerplate.Tests;

/// <summary>
/// Compiles every C# block of the README's API section, read from the README itself, against the built assemblies:
/// a block of type declarations (a filter) joins every compilation; every other block is a program of its own, given
/// the variables it uses without declaring. The package readme's blocks are compiled the same way.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Boilerplate;
        global using Boilerplate.Filters.ContentClassifier;
        global using Boilerplate.Filters.Fallback;
        global using Boilerplate.Filters.ForeignScript;
        global using Boilerplate.Filters.LineDeduplication;
        global using Boilerplate.Filters.MainRegion;
        global using Boilerplate.Filters.Navigation;
        global using Boilerplate.Filters.SiteTemplates;
        global using Boilerplate.Filters.Title;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Logging;
        """;

    /// <summary>The variables snippets may use without declaring them, with a value of the right type.</summary>
    private static readonly Dictionary<string, string> s_givens = new(StringComparer.Ordinal)
    {
        ["text"] = "string text = \"\";",
        ["html"] = "string html = \"\";",
        ["bytes"] = "byte[] bytes = [];",
        ["htmlBytes"] = "byte[] htmlBytes = [];",
        ["stream"] = "Stream stream = Stream.Null;",
        ["cancellationToken"] = "CancellationToken cancellationToken = default;",
        ["loggerFactory"] = "ILoggerFactory loggerFactory = Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;",
        ["services"] = "IServiceCollection services = new ServiceCollection();",
        ["configuration"] = "IConfiguration configuration = new ConfigurationBuilder().Build();",
        ["pagesOfOneSite"] = "string[] pagesOfOneSite = [];",
        ["dump"] = "string dump = \"\";",
        ["alreadyCleaned"] = "CleanResult alreadyCleaned = Cleaner.Process(\"\");",
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static TheoryData<string> Readmes => new() { "README.md", "src/Boilerplate/README.md" };

    [Theory]
    [MemberData(nameof(Readmes))]
    public void ApiSnippets_CompileAgainstTheBuiltAssemblies(string readme)
    {
        string[] blocks = ApiBlocks(File.ReadAllText(Path.Combine(RepositoryFolders.Root, readme)));

        Assert.NotEmpty(blocks);
        Assert.Empty(Compile(blocks));
    }

    [Fact]
    public void ApiSection_ShowsTheNewCalls()
    {
        string code = string.Join('\n', ApiBlocks(File.ReadAllText(Path.Combine(RepositoryFolders.Root, "README.md"))));

        foreach (string call in (string[])["ProcessContent(", "InputSniffer.Detect(", "ProcessHtmlAsync(", "PipelineLimits.WebService", "UseDefaults(BoilerplatePreset.Precision)", "BoilerplateOptions.FromJson(", "UseOptions(", "AddBoilerplate(", "GetRequiredKeyedService<BoilerplatePipeline>("])
        {
            Assert.Contains(call, code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compile_ASnippetCallingAMissingMethod_Fails()
    {
        string[] errors = Compile(["string article = Cleaner.Clen(text);"]);

        Assert.Contains(errors, e => e.Contains("CS0117", StringComparison.Ordinal));
    }

    /// <summary>The fenced C# blocks of the "## The API" section (of the whole file when it has no such section).</summary>
    private static string[] ApiBlocks(string readme)
    {
        int start = readme.IndexOf("\n## The API\n", StringComparison.Ordinal);
        string section = start < 0 ? readme : readme[start..];
        if (start >= 0)
        {
            int end = section.IndexOf("\n## ", 1, StringComparison.Ordinal);
            section = end < 0 ? section : section[..end];
        }

        return [.. CSharpBlocks().Matches(section).Select(m => m.Groups[1].Value)];
    }

    /// <summary>Compiles the blocks; returns every error, each with the block it came from.</summary>
    private static string[] Compile(string[] blocks)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree usings = CSharpSyntaxTree.ParseText(GlobalUsings, parse);
        var trees = blocks.Select(b => CSharpSyntaxTree.ParseText(b, parse)).ToArray();
        SyntaxTree[] declarations = [.. trees.Where(t => t.GetCompilationUnitRoot().Members.All(m => m is BaseTypeDeclarationSyntax))];
        var errors = new List<string>();
        foreach (SyntaxTree program in trees.Except(declarations))
        {
            SyntaxTree given = CSharpSyntaxTree.ParseText(WithGivens(program), parse);
            if (given.GetCompilationUnitRoot().Members.All(m => m is not GlobalStatementSyntax))
            {
                continue;
            }

            CSharpCompilation compilation = CSharpCompilation.Create(
                "ReadmeSnippet",
                [usings, given, .. declarations],
                s_references.Value,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            errors.AddRange(compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"{d}\n--- in ---\n{given}"));
        }

        return [.. errors];
    }

    /// <summary>The block with declarations of the given variables it uses but does not declare, after its usings.</summary>
    private static string WithGivens(SyntaxTree block)
    {
        CompilationUnitSyntax root = block.GetCompilationUnitRoot();
        var declared = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.Text)
            .Concat(root.DescendantNodes().OfType<ForEachStatementSyntax>().Select(f => f.Identifier.Text))
            .ToHashSet(StringComparer.Ordinal);
        string givens = string.Join('\n', root.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Select(i => i.Identifier.Text)
            .Distinct(StringComparer.Ordinal)
            .Where(name => s_givens.ContainsKey(name) && !declared.Contains(name))
            .Select(name => s_givens[name]));
        string text = root.ToFullString();
        int afterUsings = root.Usings.Count == 0 ? 0 : root.Usings.Last().FullSpan.End;
        return text[..afterUsings] + givens + "\n" + text[afterUsings..];
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The framework and every assembly the tests load (the library, the DI package, Microsoft.Extensions.*).
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        string[] ours = [typeof(Cleaner).Assembly.Location, typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location, typeof(Microsoft.Extensions.DependencyInjection.BoilerplateServiceCollectionExtensions).Assembly.Location];
        return [.. platform.Concat(ours)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(p => MetadataReference.CreateFromFile(p))];
    }

    [GeneratedRegex(@"^```csharp\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CSharpBlocks();
}
