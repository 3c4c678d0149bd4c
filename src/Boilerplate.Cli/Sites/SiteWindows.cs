using Boilerplate.Cli.Records;

namespace Boilerplate.Cli.Sites;

/// <summary>
/// <c>batch --sites</c>: gives each record the template of its site, learnt from the site's records that arrive
/// together. Consecutive records of one host are buffered into a window of at most <see cref="MaxPages"/> records and
/// <see cref="MaxBytes"/> bytes; when the host changes or the window is full, a template is learnt from the window's
/// records (when it holds at least 3) and they are passed on, in input order. A host that comes back later, or whose run
/// is longer than a window, starts a new window learnt on its own records only: the result depends on the input's order
/// and the window's size, never on the number of threads. Records without a host are passed on at once, without a template.
/// </summary>
/// <remarks>
/// Runs on the reader thread, which learns a window's parts on up to --threads threads; memory is the window's records
/// plus a template builder per 16 of them.
/// </remarks>
internal sealed class SiteWindows(SitePages pages, int maxPages, long maxBytes, int threads)
{
    // Records learnt by one builder: parts are fixed by position, not by thread, so the template is the same on any --threads.
    private const int PartRecords = 16;

    /// <summary>The fewest records a window needs before a template is learnt: the site-template filter's own minimum.</summary>
    private static readonly int MinPages = new Filters.SiteTemplates.SiteTemplateOptions().MinPages;

    /// <summary>The most records learnt together.</summary>
    public int MaxPages { get; } = maxPages;

    /// <summary>The most record bytes learnt together.</summary>
    public long MaxBytes { get; } = maxBytes;

    public IEnumerable<InputRecord> Apply(IEnumerable<InputRecord> records)
    {
        var window = new List<InputRecord>();
        string? windowHost = null;
        long windowBytes = 0;
        foreach (InputRecord record in records)
        {
            string? host = pages.HostOf(record);
            long bytes = record.Content?.Length ?? 0;
            if (window.Count > 0 && (host != windowHost || window.Count >= MaxPages || windowBytes + bytes > MaxBytes))
            {
                foreach (InputRecord learnt in Flush(window))
                {
                    yield return learnt;
                }

                windowBytes = 0;
            }

            if (host is null)
            {
                yield return record;
                continue;
            }

            windowHost = host;
            window.Add(record);
            windowBytes += bytes;
        }

        foreach (InputRecord learnt in Flush(window))
        {
            yield return learnt;
        }
    }

    private List<InputRecord> Flush(List<InputRecord> window)
    {
        List<InputRecord> records = [.. window];
        window.Clear();
        if (records.Count >= MinPages)
        {
            // Learning parses every page, as cleaning does: the window's parts are learnt in parallel and merged in order.
            var parts = new SiteTemplateBuilder[(records.Count + PartRecords - 1) / PartRecords];
            Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
            {
                var builder = new SiteTemplateBuilder();
                for (int i = part * PartRecords; i < Math.Min(records.Count, (part + 1) * PartRecords); i++)
                {
                    pages.Learn(records[i], builder);
                }

                parts[part] = builder;
            });
            for (int part = 1; part < parts.Length; part++)
            {
                parts[0].Add(parts[part]);
            }

            SiteTemplate template = parts[0].Build();
            foreach (InputRecord record in records)
            {
                record.Template = template;
            }
        }

        return records;
    }
}
