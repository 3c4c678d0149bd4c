using Boilerplate.Cli.Sites;

namespace Boilerplate.Evaluation;

/// <summary>
/// A data set's pages grouped by site, from the <c>url</c> of each record of its <c>pages.jsonl</c> (<see cref="PageFacts"/>): hosts compared
/// lower-cased without a leading <c>www.</c>. Sites of at least <see cref="MinPages"/> pages get a template learnt from
/// all their pages, the page being cleaned included (as the CLI learns from a window that holds the page): counting the
/// page itself only adds one to every count of its blocks, which the filter's share threshold is set for.
/// </summary>
internal sealed class SiteGroups
{
    /// <summary>Fewest pages a site needs for a template (the filter's <c>MinPages</c> default).</summary>
    public const int MinPages = 3;

    private readonly Dictionary<string, string> _hostOfPage;

    private SiteGroups(Dictionary<string, string> hostOfPage, IReadOnlyList<(string Host, IReadOnlyList<string> Ids)> sites)
    {
        _hostOfPage = hostOfPage;
        Sites = sites;
    }

    /// <summary>The sites of at least <see cref="MinPages"/> pages, by host, with their page ids in the data set's order.</summary>
    public IReadOnlyList<(string Host, IReadOnlyList<string> Ids)> Sites { get; }

    /// <summary>The host of a page, or <see langword="null"/> when <c>pages.jsonl</c> gives it no URL.</summary>
    public string? HostOf(string id) => _hostOfPage.GetValueOrDefault(id);

    public static SiteGroups Load(Dataset dataset)
    {
        var hostOfPage = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string id, PageFacts page) in PageFacts.Of(dataset.Directory))
        {
            if (SiteHost.Of(page.Url?.OriginalString) is { } host)
            {
                hostOfPage[id] = host;
            }
        }

        var sites = dataset.Ids
            .Where(hostOfPage.ContainsKey)
            .GroupBy(id => hostOfPage[id], StringComparer.Ordinal)
            .Where(g => g.Count() >= MinPages)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.ToList()))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        return new SiteGroups(hostOfPage, sites);
    }

    /// <summary>Learns every site's template from its pages in <paramref name="mode"/>; pages of other sites get none.</summary>
    public Dictionary<string, SiteTemplate> Learn(Dataset dataset, EvalMode mode)
    {
        var templates = new SiteTemplate[Sites.Count];
        Parallel.For(0, Sites.Count, i =>
        {
            var builder = new SiteTemplateBuilder();
            foreach (string id in Sites[i].Ids)
            {
                string path = dataset.InputPath(mode, id);
                if (!File.Exists(path))
                {
                    continue;
                }

                if (mode == EvalMode.Dump)
                {
                    builder.AddText(File.ReadAllText(path));
                }
                else
                {
                    builder.AddHtml(File.ReadAllBytes(path));
                }
            }

            templates[i] = builder.Build();
        });

        var byHost = new Dictionary<string, SiteTemplate>(StringComparer.Ordinal);
        for (int i = 0; i < Sites.Count; i++)
        {
            byHost[Sites[i].Host] = templates[i];
        }

        return byHost;
    }
}
