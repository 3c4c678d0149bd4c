// Regenerates the Unicode Script property lookup table from Unicode's Scripts.txt.
//
// Usage (a .NET 10 file-based app; no NuGet packages):
//
//     dotnet run tools/GenerateScriptTable.cs [path/to/Scripts.txt]
//
// The input defaults to /usr/share/unicode/Scripts.txt (Debian package unicode-data:
// `apt-get install -y unicode-data`). The repository root is the parent of the folder that holds
// this script; if that cannot be determined, it is searched for upwards from the current
// directory. Two files are (over)written, relative to the repository root:
//
//     src/Boilerplate/Unicode/Script.g.cs          public enum Script : byte
//     src/Boilerplate/Unicode/UnicodeScripts.g.cs  UnicodeScripts.GetScript(int) and its tables
//
// Enum order: Unknown = 0, Common, Inherited, then every other script in the order of its first
// appearance in Scripts.txt (Unicode appends new scripts at the end of the file, so existing
// values keep their numbers when the table is regenerated for a newer Unicode version).
//
// Lookup: code points below U+0080 take an ASCII fast path; the rest of the BMP uses a two-stage
// page table (a page index per 2^shift code points, then deduplicated pages of script bytes, the
// shift chosen to minimise the table size); supplementary code points use a binary search over
// the merged ranges (adjacent code points of one script form one range; gaps are Unknown ranges).
//
// The output is deterministic (same input, byte-identical output), UTF-8 without BOM, LF line
// endings. Regenerate after changing this script or the Unicode version, and commit both files.

#:property GenerateDocumentationFile=true
#:property InvariantGlobalization=true

using System.Globalization;
using System.Text;

const string DefaultInput = "/usr/share/unicode/Scripts.txt";
const int MaxCodePoint = 0x10FFFF;
const int BmpEnd = 0x10000;

string input = args.Length > 0 ? args[0] : DefaultInput;
if (!File.Exists(input))
{
    Console.Error.WriteLine($"error: {input} not found (install it with `apt-get install -y unicode-data`, or pass the path to Scripts.txt)");
    return 1;
}

string? root = FindRepositoryRoot();
if (root is null)
{
    Console.Error.WriteLine("error: cannot find the repository root (a folder holding src/Boilerplate/Boilerplate.csproj)");
    return 1;
}

// ---- Parse Scripts.txt -------------------------------------------------------------------------

string[] lines = File.ReadAllLines(input, Encoding.UTF8);
string? version = null;
if (lines.Length > 0 && lines[0].StartsWith("# Scripts-", StringComparison.Ordinal) && lines[0].EndsWith(".txt", StringComparison.Ordinal))
{
    version = lines[0]["# Scripts-".Length..^".txt".Length];
}

if (version is null || version.Split('.').Length != 3 || !version.Split('.').All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
{
    Console.Error.WriteLine($"error: {input}: first line is not a '# Scripts-X.Y.Z.txt' header");
    return 1;
}

string shortVersion = string.Join('.', version.Split('.').Take(2));

// Script long names in enum order: Unknown, Common, Inherited, then first appearance in the file.
var names = new List<string> { "Unknown", "Common", "Inherited" };
var indexOf = new Dictionary<string, int>(StringComparer.Ordinal) { ["Unknown"] = 0, ["Common"] = 1, ["Inherited"] = 2 };
byte[] table = new byte[MaxCodePoint + 1];
bool[] assigned = new bool[MaxCodePoint + 1];

for (int n = 0; n < lines.Length; n++)
{
    string line = lines[n];
    int hash = line.IndexOf('#', StringComparison.Ordinal);
    string data = (hash >= 0 ? line[..hash] : line).Trim();
    if (data.Length == 0)
    {
        continue;
    }

    string[] fields = data.Split(';');
    if (fields.Length != 2)
    {
        return Fail(n, "expected 'range ; Script'");
    }

    string range = fields[0].Trim();
    string name = fields[1].Trim();
    if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || !char.IsAsciiLetterUpper(name[0]))
    {
        return Fail(n, $"bad script name '{name}'");
    }

    string[] ends = range.Split("..");
    if (ends.Length > 2
        || !int.TryParse(ends[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int first)
        || !int.TryParse(ends[^1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int last)
        || first < 0 || last > MaxCodePoint || first > last)
    {
        return Fail(n, $"bad code point range '{range}'");
    }

    if (!indexOf.TryGetValue(name, out int index))
    {
        index = names.Count;
        names.Add(name);
        indexOf.Add(name, index);
    }

    for (int cp = first; cp <= last; cp++)
    {
        if (assigned[cp])
        {
            return Fail(n, $"U+{cp:X4} is listed twice");
        }

        assigned[cp] = true;
        table[cp] = (byte)index;
    }
}

if (names.Count > byte.MaxValue + 1)
{
    Console.Error.WriteLine($"error: {names.Count} scripts do not fit in a byte");
    return 1;
}

if (names.Select(ToPascalCase).Distinct(StringComparer.Ordinal).Count() != names.Count)
{
    Console.Error.WriteLine("error: two script names map to the same enum member name");
    return 1;
}

if (names.Count == 3)
{
    Console.Error.WriteLine($"error: {input} lists no scripts");
    return 1;
}

// The generated ASCII fast path hard-codes: A-Z and a-z are Latin, every other ASCII code point is Common.
int latin = indexOf.GetValueOrDefault("Latin", -1);
for (int cp = 0; cp < 0x80; cp++)
{
    int expected = char.IsAsciiLetter((char)cp) ? latin : 1;
    if (table[cp] != expected)
    {
        Console.Error.WriteLine($"error: U+{cp:X4} breaks the ASCII fast path (letters Latin, the rest Common)");
        return 1;
    }
}

// ---- Merged ranges ------------------------------------------------------------------------------

var rangeStarts = new List<int>();
var rangeScripts = new List<byte>();
for (int cp = 0; cp <= MaxCodePoint; cp++)
{
    if (cp == 0 || table[cp] != table[cp - 1])
    {
        rangeStarts.Add(cp);
        rangeScripts.Add(table[cp]);
    }
}

// ---- Two-stage BMP page table: pick the page size with the smallest total that keeps a byte index.

int bestShift = -1;
int bestSize = int.MaxValue;
for (int shift = 4; shift <= 10; shift++)
{
    int pageCount = BuildPages(shift, out _, out _);
    int size = (BmpEnd >> shift) + (pageCount << shift);
    if (pageCount <= byte.MaxValue + 1 && size < bestSize)
    {
        bestShift = shift;
        bestSize = size;
    }
}

BuildPages(bestShift, out byte[] pageIndex, out List<byte> pages);

// ---- Emit ---------------------------------------------------------------------------------------

string header = $"// Generated by tools/GenerateScriptTable.cs from Unicode {version} Scripts.txt. Do not edit.";
string outDir = Path.Combine(root, "src", "Boilerplate", "Unicode");
Directory.CreateDirectory(outDir);

var sb = new StringBuilder();
sb.Append(header).Append('\n');
sb.Append("#nullable enable\n");
sb.Append('\n');
sb.Append("namespace Boilerplate;\n");
sb.Append('\n');
sb.Append("/// <summary>\n");
sb.Append(CultureInfo.InvariantCulture, $"/// The Unicode Script property (sc) of a code point. Generated from Scripts.txt of Unicode {shortVersion}\n");
sb.Append("/// by tools/GenerateScriptTable.cs.\n");
sb.Append("/// </summary>\n");
sb.Append("public enum Script : byte\n");
sb.Append("{\n");
for (int i = 0; i < names.Count; i++)
{
    string doc = names[i] switch
    {
        "Unknown" => "No script: unassigned, private-use, surrogate and noncharacter code points (not listed in Scripts.txt).",
        "Common" => "The Common script: characters used with several scripts, such as punctuation, digits and symbols.",
        "Inherited" => "The Inherited script: combining marks that take the script of the character they attach to.",
        var other => DescribeScript(other),
    };
    if (i > 0)
    {
        sb.Append('\n');
    }

    sb.Append(CultureInfo.InvariantCulture, $"    /// <summary>{doc}</summary>\n");
    sb.Append(CultureInfo.InvariantCulture, $"    {ToPascalCase(names[i])} = {i.ToString(CultureInfo.InvariantCulture)},\n");
}

sb.Append("}\n");
WriteOutput(Path.Combine(outDir, "Script.g.cs"), sb.ToString());

sb.Clear();
sb.Append(header).Append('\n');
sb.Append("#nullable enable\n");
sb.Append('\n');
sb.Append("namespace Boilerplate.Unicode;\n");
sb.Append('\n');
sb.Append("/// <summary>\n");
sb.Append(CultureInfo.InvariantCulture, $"/// Unicode Script property lookup, generated from Scripts.txt of Unicode {version} by tools/GenerateScriptTable.cs.\n");
sb.Append("/// </summary>\n");
sb.Append("internal static partial class UnicodeScripts\n");
sb.Append("{\n");
sb.Append("    /// <summary>The version of the Unicode Character Database the tables were generated from.</summary>\n");
sb.Append(CultureInfo.InvariantCulture, $"    public const string UnicodeVersion = \"{version}\";\n");
sb.Append('\n');
sb.Append(CultureInfo.InvariantCulture, $"    /// <summary>Log2 of the number of code points per page of the BMP page table.</summary>\n");
sb.Append(CultureInfo.InvariantCulture, $"    private const int PageShift = {bestShift.ToString(CultureInfo.InvariantCulture)};\n");
sb.Append('\n');
sb.Append(CultureInfo.InvariantCulture, $"    /// <summary>Mask of a code point's offset inside its page.</summary>\n");
sb.Append(CultureInfo.InvariantCulture, $"    private const int PageMask = (1 << PageShift) - 1;\n");
sb.Append('\n');
sb.Append("    /// <summary>\n");
sb.Append("    /// Returns the Unicode Script property value of a code point.\n");
sb.Append("    /// </summary>\n");
sb.Append("    /// <param name=\"codePoint\">The code point, U+0000 to U+10FFFF.</param>\n");
sb.Append("    /// <returns>\n");
sb.Append("    /// The script; <see cref=\"Script.Unknown\"/> for code points that Scripts.txt does not list and for\n");
sb.Append("    /// negative or out-of-range values.\n");
sb.Append("    /// </returns>\n");
sb.Append("    public static Script GetScript(int codePoint)\n");
sb.Append("    {\n");
sb.Append("        if ((uint)codePoint < 0x80)\n");
sb.Append("        {\n");
sb.Append("            // ASCII: A-Z and a-z are Latin, everything else is Common.\n");
sb.Append("            return (uint)((codePoint | 0x20) - 'a') <= 'z' - 'a' ? Script.Latin : Script.Common;\n");
sb.Append("        }\n");
sb.Append('\n');
sb.Append("        if ((uint)codePoint < 0x10000)\n");
sb.Append("        {\n");
sb.Append("            return (Script)BmpPages[(BmpPageIndex[codePoint >> PageShift] << PageShift) | (codePoint & PageMask)];\n");
sb.Append("        }\n");
sb.Append('\n');
sb.Append("        return (uint)codePoint <= 0x10FFFF ? SearchRanges(codePoint) : Script.Unknown;\n");
sb.Append("    }\n");
sb.Append('\n');
sb.Append("    /// <summary>Binary search for the last range that starts at or before <paramref name=\"codePoint\"/>.</summary>\n");
sb.Append("    private static Script SearchRanges(int codePoint)\n");
sb.Append("    {\n");
sb.Append("        ReadOnlySpan<int> starts = RangeStarts;\n");
sb.Append("        int lo = 0;\n");
sb.Append("        int hi = starts.Length - 1;\n");
sb.Append("        while (lo < hi)\n");
sb.Append("        {\n");
sb.Append("            int mid = lo + ((hi - lo + 1) >> 1);\n");
sb.Append("            if (starts[mid] <= codePoint)\n");
sb.Append("            {\n");
sb.Append("                lo = mid;\n");
sb.Append("            }\n");
sb.Append("            else\n");
sb.Append("            {\n");
sb.Append("                hi = mid - 1;\n");
sb.Append("            }\n");
sb.Append("        }\n");
sb.Append('\n');
sb.Append("        return (Script)RangeScripts[lo];\n");
sb.Append("    }\n");
sb.Append('\n');
sb.Append(CultureInfo.InvariantCulture, $"    /// <summary>Page number of each {1 << bestShift}-code-point block of the BMP ({pageIndex.Length} entries).</summary>\n");
AppendBytes(sb, "BmpPageIndex", pageIndex);
sb.Append('\n');
sb.Append(CultureInfo.InvariantCulture, $"    /// <summary>The {pages.Count >> bestShift} distinct pages of the BMP, one <see cref=\"Script\"/> byte per code point.</summary>\n");
AppendBytes(sb, "BmpPages", pages);
sb.Append('\n');
sb.Append(CultureInfo.InvariantCulture, $"    /// <summary>First code point of each of the {rangeStarts.Count} merged ranges; the last range ends at U+10FFFF.</summary>\n");
AppendInts(sb, "RangeStarts", rangeStarts);
sb.Append('\n');
sb.Append("    /// <summary>The <see cref=\"Script\"/> of each range in <see cref=\"RangeStarts\"/>.</summary>\n");
AppendBytes(sb, "RangeScripts", rangeScripts);
sb.Append("}\n");
WriteOutput(Path.Combine(outDir, "UnicodeScripts.g.cs"), sb.ToString());

Console.WriteLine(
    $"Unicode {version}: {names.Count} script values, {rangeStarts.Count} merged ranges, " +
    $"BMP page table {1 << bestShift} code points/page x {pages.Count >> bestShift} pages ({bestSize} bytes)");
return 0;

int Fail(int lineIndex, string message)
{
    Console.Error.WriteLine($"error: {input}:{lineIndex + 1}: {message}");
    return 1;
}

int BuildPages(int shift, out byte[] index, out List<byte> distinct)
{
    int pageSize = 1 << shift;
    index = new byte[BmpEnd >> shift];
    distinct = [];
    var seen = new Dictionary<string, int>(StringComparer.Ordinal);
    for (int page = 0; page < index.Length; page++)
    {
        var content = new ReadOnlySpan<byte>(table, page << shift, pageSize);
        string key = Convert.ToHexString(content);
        if (!seen.TryGetValue(key, out int number))
        {
            number = seen.Count;
            seen.Add(key, number);
            distinct.AddRange(content);
        }

        index[page] = (byte)number; // only kept when the count fits a byte
    }

    return seen.Count;
}

static string ToPascalCase(string longName) =>
    string.Concat(longName.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

static string DescribeScript(string longName)
{
    string spaced = longName.Replace('_', ' ');
    return spaced.EndsWith(" Script", StringComparison.Ordinal) ? $"The {spaced}." : $"The {spaced} script.";
}

static void AppendBytes(StringBuilder sb, string name, IReadOnlyList<byte> values)
{
    sb.Append(CultureInfo.InvariantCulture, $"    private static ReadOnlySpan<byte> {name} =>\n");
    sb.Append("    [\n");
    for (int i = 0; i < values.Count; i += 32)
    {
        sb.Append("        ");
        int end = Math.Min(i + 32, values.Count);
        for (int j = i; j < end; j++)
        {
            sb.Append(values[j].ToString(CultureInfo.InvariantCulture)).Append(j + 1 < end ? ", " : ",");
        }

        sb.Append('\n');
    }

    sb.Append("    ];\n");
}

static void AppendInts(StringBuilder sb, string name, IReadOnlyList<int> values)
{
    sb.Append(CultureInfo.InvariantCulture, $"    private static ReadOnlySpan<int> {name} =>\n");
    sb.Append("    [\n");
    for (int i = 0; i < values.Count; i += 12)
    {
        sb.Append("        ");
        int end = Math.Min(i + 12, values.Count);
        for (int j = i; j < end; j++)
        {
            sb.Append("0x").Append(values[j].ToString("X5", CultureInfo.InvariantCulture)).Append(j + 1 < end ? ", " : ",");
        }

        sb.Append('\n');
    }

    sb.Append("    ];\n");
}

static void WriteOutput(string path, string text)
{
    File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    Console.WriteLine($"wrote {path}");
}

static string? FindRepositoryRoot()
{
    static bool IsRoot(string dir) => File.Exists(Path.Combine(dir, "src", "Boilerplate", "Boilerplate.csproj"));

    // .NET 10 file-based apps expose the script's own folder.
    if (AppContext.GetData("EntryPointFileDirectoryPath") is string scriptDir)
    {
        string? parent = Path.GetDirectoryName(Path.GetFullPath(scriptDir));
        if (parent is not null && IsRoot(parent))
        {
            return parent;
        }
    }

    for (string? dir = Directory.GetCurrentDirectory(); dir is not null; dir = Path.GetDirectoryName(dir))
    {
        if (IsRoot(dir))
        {
            return dir;
        }
    }

    return null;
}
