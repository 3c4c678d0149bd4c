using Boilerplate.Tests.Support;
using Boilerplate.Text;
using Xunit.Abstractions;

namespace Boilerplate.Tests.Text;

/// <summary>The vector tokenizer of lines with ASCII words must find exactly the words the per-character tokenizer finds.</summary>
public class LowerWordsTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ScanAsciiTests.Lines), MemberType = typeof(ScanAsciiTests))]
    public void TokenizeAsciiWords_Line_SameWordsAsTokenizeCharacters(string line)
    {
        if (line.Length > 512 || !FeatureScanner.OnlyAsciiWords(line))
        {
            Assert.Equal(Words(line, LowerWords.TokenizeCharacters), Words(line, LowerWords.Tokenize));
            return;
        }

        Assert.Equal(Words(line, LowerWords.TokenizeCharacters), Words(line, LowerWords.TokenizeAsciiWords));
    }

    [Fact]
    public void TokenizeAsciiWords_MoreWordsThanRanges_StopsAtTheSameWord()
    {
        string line = string.Concat(Enumerable.Range(0, 100).Select(i => $"W{i} "));

        string[] expected = Words(line, LowerWords.TokenizeCharacters, ranges: 64);

        Assert.Equal(64, expected.Length);
        Assert.Equal(expected, Words(line, LowerWords.TokenizeAsciiWords, ranges: 64));
    }

    [Fact]
    public void TokenizeAsciiWords_RealDumpLines_SameWordsAsTokenizeCharacters()
    {
        var files = new List<string> { Path.Combine(RepositoryFolders.Root, "samples", "news-article.dump.txt") };
        if (RepositoryFolders.Eval(output, "the lines of the sample dump") is { } eval)
        {
            files.AddRange(Directory.EnumerateFiles(Path.Combine(eval, "readability", "dump")).Order(StringComparer.Ordinal).Take(40));
        }

        int compared = 0;
        foreach (string line in files.SelectMany(File.ReadLines).Select(l => l.Trim()).Where(l => l.Length <= 512))
        {
            if (FeatureScanner.OnlyAsciiWords(line))
            {
                Assert.Equal(Words(line, LowerWords.TokenizeCharacters), Words(line, LowerWords.TokenizeAsciiWords));
                compared++;
            }
        }

        Assert.True(compared > 20, $"only {compared} lines compared");
    }

    private delegate int Tokenizer(ReadOnlySpan<char> text, Span<char> buffer, Span<Range> words);

    private static string[] Words(string line, Tokenizer tokenize, int ranges = 128)
    {
        char[] buffer = new char[1024];
        var words = new Range[ranges];
        int count = tokenize(line, buffer, words);
        return words[..count].Select(r => new string(buffer.AsSpan()[r])).ToArray();
    }
}
