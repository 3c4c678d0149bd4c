using System.Text.RegularExpressions;
using System.Xml.Linq;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Packaging;

/// <summary>
/// What nuget.org shows away from the repository: each package's readme links only absolutely and names no folder
/// beside the repository, and the libraries validate their packages. tools/check-package.sh packs and runs them.
/// </summary>
public sealed partial class PackageReadmeTests
{
    public static TheoryData<string> PackedProjects => new()
    {
        "src/Boilerplate/Boilerplate.csproj",
        "src/Boilerplate.Extensions.DependencyInjection/Boilerplate.Extensions.DependencyInjection.csproj",
        "src/Boilerplate.Cli/Boilerplate.Cli.csproj",
    };

    [Theory]
    [MemberData(nameof(PackedProjects))]
    public void PackageReadme_LinksAbsolutelyAndNamesNoOutsideFolder(string project)
    {
        string path = Path.Combine(RepositoryFolders.Root, project);
        XDocument csproj = XDocument.Load(path);
        string? readmeName = csproj.Descendants("PackageReadmeFile").Single().Value;
        string packed = csproj.Descendants("None")
            .Single(n => (string?)n.Attribute("Pack") == "true" && ((string?)n.Attribute("Include"))!.EndsWith(readmeName, StringComparison.Ordinal))
            .Attribute("Include")!.Value;
        string readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, packed));

        string[] targets = [.. LinkTargets().Matches(readme).Select(m => m.Groups[1].Value)];

        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.StartsWith("https://", t, StringComparison.Ordinal));
        Assert.DoesNotContain("../", packed.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain("../shared", readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("src/Boilerplate/Boilerplate.csproj")]
    [InlineData("src/Boilerplate.Extensions.DependencyInjection/Boilerplate.Extensions.DependencyInjection.csproj")]
    public void Library_ValidatesItsPackage(string project)
    {
        XDocument csproj = XDocument.Load(Path.Combine(RepositoryFolders.Root, project));

        Assert.Equal("true", csproj.Descendants("EnablePackageValidation").Single().Value);
    }

    [GeneratedRegex(@"\]\(([^)\s]*)\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkTargets();
}
