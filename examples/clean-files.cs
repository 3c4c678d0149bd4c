// Cleans every file given on the command line and prints its title and article.
//
// Usage (a .NET 10 file-based app, referencing the library's project):
//
//     dotnet run examples/clean-files.cs -- samples/news-article.dump.txt [more files...]
//
// The repository's Directory.Build.props applies here too (warnings as errors, analyzers), hence the
// documentation-file property: the IDE0005 unused-using check needs it.

#:project ../src/Boilerplate/Boilerplate.csproj
#:property GenerateDocumentationFile=true

using Boilerplate;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: dotnet run examples/clean-files.cs -- FILE...");
    return 2;
}

int failures = 0;
foreach (string path in args)
{
    string text;
    try
    {
        text = File.ReadAllText(path);
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"{path}: {ex.Message}");
        failures++;
        continue;
    }

    // One call gives the title, the article body and, through Explain(), every line's decision.
    CleanResult result = Cleaner.Process(text);

    Console.WriteLine($"== {path}");
    Console.WriteLine($"Title: {result.Title ?? "(none)"}");
    Console.WriteLine($"Kept {result.KeptCount} blocks, removed {result.RemovedCount}.");
    Console.WriteLine();
    Console.WriteLine(result.Text);
    Console.WriteLine();
}

return failures == 0 ? 0 : 1;
