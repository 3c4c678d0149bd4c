using System.Globalization;
using Boilerplate.Cli.CommandLine;
using Boilerplate.Cli.Commands;
using Boilerplate.Cli.Records;

namespace Boilerplate.Cli.Sites;

/// <summary>How <c>batch</c> gives records their site's template: not at all, from windows of its input (<c>--sites</c>), or from a file (<c>--templates</c>).</summary>
internal sealed class SiteTemplating
{
    public const int DefaultWindowPages = 1000;
    public const int DefaultWindowMegabytes = 64;

    private readonly Func<IEnumerable<InputRecord>, IEnumerable<InputRecord>> _apply;

    private SiteTemplating(Func<IEnumerable<InputRecord>, IEnumerable<InputRecord>> apply) => _apply = apply;

    /// <summary>The records, in the same order, each with its site's template where it has one.</summary>
    public IEnumerable<InputRecord> Apply(IEnumerable<InputRecord> records) => _apply(records);

    /// <exception cref="UsageException">Conflicting or invalid options.</exception>
    /// <exception cref="InvalidDataException">The templates file is corrupt.</exception>
    public static SiteTemplating FromArguments(ParsedArguments arguments, string sitesFlag, string pagesOption, string megabytesOption, string templatesOption, int maxRecordBytes, int threads)
    {
        bool sites = arguments.Has(sitesFlag);
        string? templatesPath = arguments.GetValue(templatesOption);
        if (sites && templatesPath is not null)
        {
            throw new UsageException($"'{sitesFlag}' learns templates and '{templatesOption}' reads them: use one", "batch");
        }

        if (!sites && (arguments.GetValue(pagesOption) ?? arguments.GetValue(megabytesOption)) is not null)
        {
            throw new UsageException($"'{pagesOption}' and '{megabytesOption}' need '{sitesFlag}'", "batch");
        }

        var pages = new SitePages(arguments.GetValue(LearnCommand.UrlFieldOption) ?? "url", maxRecordBytes);
        if (sites)
        {
            int windowPages = Positive(arguments.GetValue(pagesOption), pagesOption, DefaultWindowPages);
            long windowBytes = Positive(arguments.GetValue(megabytesOption), megabytesOption, DefaultWindowMegabytes) * 1024L * 1024L;
            var windows = new SiteWindows(pages, windowPages, windowBytes, threads);
            return new SiteTemplating(windows.Apply);
        }

        if (templatesPath is not null)
        {
            Dictionary<string, SiteTemplate> templates;
            using (FileStream file = File.OpenRead(templatesPath))
            {
                templates = TemplateFile.Read(file);
            }

            return new SiteTemplating(records => WithTemplates(records, pages, templates));
        }

        return new SiteTemplating(records => records);
    }

    private static IEnumerable<InputRecord> WithTemplates(IEnumerable<InputRecord> records, SitePages pages, Dictionary<string, SiteTemplate> templates)
    {
        foreach (InputRecord record in records)
        {
            if (pages.HostOf(record) is { } host && templates.TryGetValue(host, out SiteTemplate? template))
            {
                record.Template = template;
            }

            yield return record;
        }
    }

    private static int Positive(string? value, string option, int fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1)
        {
            throw new UsageException($"'{option}' needs a whole number of at least 1 (was '{value}')", "batch");
        }

        return number;
    }
}
