using Boilerplate.Text;

namespace Boilerplate.Tests.Text;

/// <summary>The vector line-break search must find what <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> breaks on, and nothing else.</summary>
public class LineSplitterTests
{
    private static readonly char[] Breaks = ['\n', '\r', '\f', '\u0085', '\u2028', '\u2029'];

    // Near misses: below CR but not breaks (tab, vertical tab, NUL), and neighbours of the wide breaks.
    private static readonly char[] Others = ['a', ' ', '\t', '\v', '\0', '\u0001', '\u0084', '\u0086', '\u2027', '\u202A', '\u2129', 'é'];

    [Fact]
    public void IndexOfBreak_EveryLengthAndPlace_SameAsSearchingEachCharacter()
    {
        var random = new Random(5);
        for (int length = 0; length <= 80; length++)
        {
            for (int trial = 0; trial < 40; trial++)
            {
                char[] text = new char[length];
                for (int i = 0; i < length; i++)
                {
                    text[i] = Others[random.Next(Others.Length)];
                }

                if (length > 0 && trial % 4 != 0)
                {
                    text[random.Next(length)] = Breaks[random.Next(Breaks.Length)];
                }

                Assert.Equal(Array.FindIndex(text, Breaks.Contains), LineSplitter.IndexOfBreak(text));
            }
        }
    }

    [Fact]
    public void MoveNext_MixedBreaks_SameLinesAsEnumerateLines()
    {
        const string text = "  one\r\ntwo\rthree\nfour\ffive\u0085six\u2028seven\u2029\t eight \v nine\r\n\r\n";
        var expected = new List<string>();
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            expected.Add(line.ToString().Trim());
        }

        var actual = new List<string>();
        var splitter = new LineSplitter(text);
        while (splitter.MoveNext())
        {
            actual.Add(text.Substring(splitter.Start, splitter.Length));
        }

        Assert.Equal(expected, actual);
    }
}
