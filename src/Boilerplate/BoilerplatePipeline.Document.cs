using System.Diagnostics;

namespace Boilerplate;

public sealed partial class BoilerplatePipeline
{
    /// <summary>Cleans a page that an input format of the caller's turned into a document (<see cref="PageDocumentBuilder"/>).</summary>
    /// <param name="document">A document no pipeline has run over yet; it becomes the result's <see cref="CleanResult.Document"/>.</param>
    /// <param name="template">The site's template, or <see langword="null"/>; see <see cref="Process(string, SiteTemplate?)"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">A block of <paramref name="document"/> is already decided: a pipeline ran over it before.</exception>
    public CleanResult ProcessDocument(PageDocument document, SiteTemplate? template = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (ref readonly Block block in document.Blocks)
        {
            if (block.Label != BlockLabel.Undecided)
            {
                throw new ArgumentException("The document was already processed; build a new one for each call.", nameof(document));
            }
        }

        long started = Stopwatch.GetTimestamp();
        CleanWarnings warnings = CleanWarnings.None;
        if (document.Count > _limits.MaxBlocks)
        {
            document = FirstBlocks(document, _limits.MaxBlocks);
            warnings |= CleanWarnings.BlocksTruncated;
        }

        document.SiteTemplate = template;
        return Run(document, warnings, started);
    }
}
