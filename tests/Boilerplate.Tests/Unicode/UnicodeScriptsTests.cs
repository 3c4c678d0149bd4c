using System.Globalization;
using Boilerplate.Unicode;

namespace Boilerplate.Tests.Unicode;

/// <summary>Tests of the generated Unicode Script lookup table.</summary>
public class UnicodeScriptsTests
{
    private const string ScriptsTxtPath = "/usr/share/unicode/Scripts.txt";

    /// <summary>Spot checks across scripts, planes, table boundaries and invalid input.</summary>
    /// <param name="codePoint">The code point to look up.</param>
    /// <param name="expected">Its script.</param>
    [Theory]
    [InlineData((int)'a', Script.Latin)]
    [InlineData((int)'Z', Script.Latin)]
    [InlineData((int)'é', Script.Latin)]
    [InlineData((int)'Я', Script.Cyrillic)]
    [InlineData((int)'ب', Script.Arabic)]
    [InlineData((int)'中', Script.Han)]
    [InlineData((int)'の', Script.Hiragana)]
    [InlineData((int)'カ', Script.Katakana)]
    [InlineData((int)'한', Script.Hangul)]
    [InlineData((int)'α', Script.Greek)]
    [InlineData((int)'א', Script.Hebrew)]
    [InlineData((int)'क', Script.Devanagari)]
    [InlineData((int)'ก', Script.Thai)]
    [InlineData((int)'1', Script.Common)]
    [InlineData((int)' ', Script.Common)]
    [InlineData((int)'@', Script.Common)]
    [InlineData((int)'[', Script.Common)]
    [InlineData((int)'`', Script.Common)]
    [InlineData((int)'{', Script.Common)]
    [InlineData(0x0000, Script.Common)]
    [InlineData(0x007F, Script.Common)]
    [InlineData(0x00A0, Script.Common)] // NO-BREAK SPACE
    [InlineData(0x3002, Script.Common)] // IDEOGRAPHIC FULL STOP
    [InlineData(0x30FC, Script.Common)] // KATAKANA-HIRAGANA PROLONGED SOUND MARK
    [InlineData(0xFEFF, Script.Common)] // BOM
    [InlineData(0xFFFD, Script.Common)] // REPLACEMENT CHARACTER
    [InlineData(0x0301, Script.Inherited)] // COMBINING ACUTE ACCENT
    [InlineData(0x200D, Script.Inherited)] // ZERO WIDTH JOINER
    [InlineData(0x0378, Script.Unknown)] // unassigned
    [InlineData(0xD800, Script.Unknown)] // surrogate
    [InlineData(0xDFFF, Script.Unknown)] // surrogate
    [InlineData(0xE000, Script.Unknown)] // private use
    [InlineData(0xFFFF, Script.Unknown)] // noncharacter
    [InlineData(0x10000, Script.LinearB)]
    [InlineData(0x1F600, Script.Common)] // GRINNING FACE
    [InlineData(0x20000, Script.Han)]
    [InlineData(0x1E900, Script.Adlam)]
    [InlineData(0x11F00, Script.Kawi)] // new in Unicode 15.0
    [InlineData(0x1E4D0, Script.NagMundari)] // new in Unicode 15.0
    [InlineData(0xE0001, Script.Common)] // LANGUAGE TAG
    [InlineData(0xE0100, Script.Inherited)] // VARIATION SELECTOR-17
    [InlineData(0xF0000, Script.Unknown)] // supplementary private use
    [InlineData(0x10FFFF, Script.Unknown)]
    [InlineData(0x110000, Script.Unknown)]
    [InlineData(-1, Script.Unknown)]
    [InlineData(int.MinValue, Script.Unknown)]
    [InlineData(int.MaxValue, Script.Unknown)]
    public void GetScriptReturnsExpectedScript(int codePoint, Script expected)
    {
        Assert.Equal(expected, UnicodeScripts.GetScript(codePoint));
    }

    /// <summary>The ASCII fast path agrees with Scripts.txt.</summary>
    [Fact]
    public void AsciiLettersAreLatinAndTheRestOfAsciiIsCommon()
    {
        for (int cp = 0; cp < 0x80; cp++)
        {
            Script expected = char.IsAsciiLetter((char)cp) ? Script.Latin : Script.Common;
            Assert.True(expected == UnicodeScripts.GetScript(cp), $"U+{cp:X4}: expected {expected}, got {UnicodeScripts.GetScript(cp)}");
        }
    }

    /// <summary>The tables are static data: looking up every code point allocates nothing.</summary>
    [Fact]
    public void LookupDoesNotAllocate()
    {
        // A first pass over every code point lets the runtime finish compiling the loop and the lookup (which may allocate
        // on this thread); the second pass is measured.
        int sum = SumOfScripts();
        long before = GC.GetAllocatedBytesForCurrentThread();
        sum += SumOfScripts();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(sum > 0);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int SumOfScripts()
    {
        int sum = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            sum += (int)UnicodeScripts.GetScript(cp);
        }

        return sum;
    }

    /// <summary>The special values keep their fixed numbers.</summary>
    [Fact]
    public void EnumStartsWithUnknownCommonInherited()
    {
        Assert.Equal(0, (int)Script.Unknown);
        Assert.Equal(1, (int)Script.Common);
        Assert.Equal(2, (int)Script.Inherited);
        Assert.Equal(default, Script.Unknown);
    }

    /// <summary>The table is generated from Unicode 15.0.0.</summary>
    [Fact]
    public void UnicodeVersionIs15()
    {
        Assert.Equal("15.0.0", UnicodeScripts.UnicodeVersion);
    }

    /// <summary>
    /// Every code point of U+0000..U+10FFFF maps to the script Scripts.txt lists for it, or to
    /// Unknown when it is not listed. Runs only when the system's Scripts.txt exists and is of the
    /// same Unicode version as the generated table; otherwise the checks above stand alone.
    /// </summary>
    [Fact]
    public void EveryCodePointMatchesSystemScriptsTxt()
    {
        Dictionary<int, Script>? listed = TryLoadSystemScriptsTxt();
        if (listed is null)
        {
            return;
        }

        Assert.True(listed.Count > 100_000, $"only {listed.Count} code points parsed from {ScriptsTxtPath}");

        var mismatches = new List<string>();
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            Script expected = listed.TryGetValue(cp, out Script s) ? s : Script.Unknown;
            Script actual = UnicodeScripts.GetScript(cp);
            if (actual != expected && mismatches.Count < 20)
            {
                mismatches.Add($"U+{cp:X4}: expected {expected}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>Every enum member but Unknown is a script that Scripts.txt lists.</summary>
    [Fact]
    public void EveryScriptOfSystemScriptsTxtHasAnEnumMember()
    {
        Dictionary<int, Script>? listed = TryLoadSystemScriptsTxt();
        if (listed is null)
        {
            return;
        }

        // Parsing already maps each name to a member; also check that every member but Unknown is used.
        var used = new HashSet<Script>(listed.Values);
        foreach (Script script in Enum.GetValues<Script>())
        {
            Assert.True(script == Script.Unknown || used.Contains(script), $"{script} is not listed in {ScriptsTxtPath}");
        }
    }

    /// <summary>Parses Scripts.txt into code point → script, or returns null when it is missing or of another version.</summary>
    private static Dictionary<int, Script>? TryLoadSystemScriptsTxt()
    {
        if (!File.Exists(ScriptsTxtPath))
        {
            return null;
        }

        string[] lines = File.ReadAllLines(ScriptsTxtPath);
        if (lines.Length == 0 || lines[0] != $"# Scripts-{UnicodeScripts.UnicodeVersion}.txt")
        {
            return null;
        }

        var listed = new Dictionary<int, Script>();
        foreach (string line in lines)
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string data = (hash >= 0 ? line[..hash] : line).Trim();
            if (data.Length == 0)
            {
                continue;
            }

            string[] fields = data.Split(';');
            Assert.Equal(2, fields.Length);
            string[] ends = fields[0].Trim().Split("..");
            int first = int.Parse(ends[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int last = int.Parse(ends[^1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            string name = fields[1].Trim().Replace("_", string.Empty, StringComparison.Ordinal);
            Assert.True(Enum.TryParse(name, ignoreCase: false, out Script script), $"no Script member for '{fields[1].Trim()}'");
            for (int cp = first; cp <= last; cp++)
            {
                Assert.True(listed.TryAdd(cp, script), $"U+{cp:X4} listed twice");
            }
        }

        return listed;
    }
}
