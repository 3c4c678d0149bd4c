using System.Text;

namespace Boilerplate.Benchmarks;

/// <summary>
/// One large page for the scaling benchmarks: distinct real pages of the evaluation data joined in corpus order and cut
/// at a line (dump) or tag (HTML) boundary at the requested size, so it grows with new text rather than repeats.
/// </summary>
internal static class GrownPage
{
    private static readonly Dictionary<(PageForm, int), byte[]> s_cache = [];

    /// <summary>The page as UTF-8 bytes, at most <paramref name="sizeKB"/> KB.</summary>
    public static byte[] Build(PageForm form, int sizeKB)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue((form, sizeKB), out byte[]? page))
            {
                page = Grow(form, sizeKB * 1024);
                s_cache[(form, sizeKB)] = page;
            }

            return page;
        }
    }

    private static byte[] Grow(PageForm form, int size)
    {
        IEnumerable<string> files = form == PageForm.Dump ? Corpus.AllDumpFiles() : Corpus.AllHtmlFiles();
        var text = new StringBuilder(size + 64 * 1024);
        int bytes = 0;
        foreach (string file in files.DefaultIfEmpty(string.Empty))
        {
            string page = file.Length == 0 ? SampleText() : File.ReadAllText(file);
            text.Append(page).Append('\n');
            bytes += Encoding.UTF8.GetByteCount(page) + 1;
            if (bytes >= size)
            {
                break;
            }
        }

        // Too little data (the fallback sample): repeat what there is.
        string whole = text.ToString();
        while (Encoding.UTF8.GetByteCount(whole) < size)
        {
            whole += whole;
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(whole);
        int cut = size;
        byte boundary = form == PageForm.Dump ? (byte)'\n' : (byte)'>';
        while (cut > 0 && utf8[cut - 1] != boundary)
        {
            cut--;
        }

        return utf8[..(cut > 0 ? cut : size)];
    }

    private static string SampleText() => Encoding.UTF8.GetString(Corpus.Shared.Dumps[0]);
}
