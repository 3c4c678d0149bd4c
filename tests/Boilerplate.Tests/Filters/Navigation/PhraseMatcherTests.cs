using Boilerplate.Filters.Navigation;
using Boilerplate.Tests.Support;
using Boilerplate.Text;
using Xunit.Abstractions;

namespace Boilerplate.Tests.Filters.Navigation;

/// <summary>The matcher looks phrases up by their first word: it must find what trying every phrase at every word finds.</summary>
public class PhraseMatcherTests(ITestOutputHelper output)
{
    private static readonly PhraseMatcher Matcher = new(NavigationLexicon.Entries);

    [Theory]
    [InlineData("All rights reserved. Terms of use | Privacy policy")]
    [InlineData("© 2024 Beispiel GmbH. Alle Rechte vorbehalten. Datenschutzerklärung · Impressum")]
    [InlineData("Tous droits réservés — Mentions légales — Politique de confidentialité")]
    [InlineData("Notify me of follow-up comments by email. Notify me of new posts by email.")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Share this article on Facebook Twitter WhatsApp")]
    [InlineData("版权所有 利用規約 プライバシーポリシー")]
    [InlineData("The rights of all readers are reserved for the weekend")]
    [InlineData("share share this share this story this website uses cookies")]
    public void Match_Line_SameAsTryingEveryPhrase(string line)
    {
        AssertSameAsReference(line);
    }

    [Fact]
    public void Match_RealDumpLines_SameAsTryingEveryPhrase()
    {
        var files = new List<string> { Path.Combine(RepositoryFolders.Root, "samples", "news-article.dump.txt") };
        if (RepositoryFolders.Eval(output, "the lines of the sample dump") is { } eval)
        {
            files.AddRange(Directory.EnumerateFiles(Path.Combine(eval, "cleaneval", "dump")).Order(StringComparer.Ordinal).Take(80));
        }

        int matched = 0;
        foreach (string line in files.SelectMany(File.ReadLines).Where(l => l.Length is > 0 and < 400))
        {
            matched += AssertSameAsReference(line) ? 1 : 0;
        }

        Assert.True(matched > 10, $"only {matched} lines held a phrase");
    }

    private static bool AssertSameAsReference(string line)
    {
        char[] buffer = new char[1024];
        var ranges = new Range[64];
        int count = LowerWords.Tokenize(line, buffer, ranges);
        ReadOnlySpan<Range> words = ranges.AsSpan(0, count);
        string[] lowered = [.. ranges.Take(count).Select(r => new string(buffer.AsSpan()[r]))];

        int[] covered = new int[8];
        LexiconCategory found = Matcher.Match(buffer, words, covered);
        (LexiconCategory expectedFound, int[] expectedCovered) = Reference(lowered);

        Assert.Equal(expectedFound, found);
        Assert.Equal(expectedCovered, covered);
        return found != LexiconCategory.None;
    }

    /// <summary>The matcher's rule written plainly: at each word the longest phrase starting there wins, and its words are skipped.</summary>
    private static (LexiconCategory Found, int[] Covered) Reference(string[] words)
    {
        var phrases = NavigationLexicon.Entries
            .SelectMany(e => e.Phrases.Select(p => (Words: LowerWords.Split(p), e.Category)))
            .Where(p => p.Words.Length > 0)
            .ToArray();
        var found = LexiconCategory.None;
        int[] covered = new int[8];
        int i = 0;
        while (i < words.Length)
        {
            var match = phrases
                .Where(p => p.Words[0] == words[i])
                .OrderByDescending(p => p.Words.Length)
                .FirstOrDefault(p => p.Words.Length <= words.Length - i && p.Words.SequenceEqual(words.Skip(i).Take(p.Words.Length)));
            if (match.Words is null)
            {
                i++;
                continue;
            }

            found |= match.Category;
            covered[System.Numerics.BitOperations.TrailingZeroCount((uint)match.Category)] += match.Words.Length;
            i += match.Words.Length;
        }

        return (found, covered);
    }
}
