namespace Boilerplate.Evaluation;

/// <summary>A line the pipeline got wrong: dropped though mostly gold, or kept though mostly not.</summary>
/// <param name="Ordinal">The line's position among the page's lines that have words; consecutive mistakes differ by 1.</param>
/// <param name="LineNumber">One-based line number in the input.</param>
/// <param name="Text">The line.</param>
/// <param name="Label">The pipeline's label.</param>
/// <param name="Filter">The deciding filter, or <see langword="null"/> when none decided.</param>
/// <param name="Reason">The filter's reason, or <see langword="null"/>.</param>
/// <param name="Words">The line's <c>\w+</c> tokens: the weight of the mistake.</param>
/// <param name="GoldShare">Share of the line's 4-grams found in the gold.</param>
internal sealed record LineMistake(int Ordinal, int LineNumber, string Text, BlockLabel Label, string? Filter, string? Reason, int Words, double GoldShare)
{
    /// <summary>"filter: reason", or what stands for it when no filter decided.</summary>
    public string Cause => Filter is null ? "(no filter decided)" : $"{Filter}: {Reason}";
}

/// <summary>
/// Compares every block of a page with its gold text. A line is <em>wrongly dropped</em> when it is left out of
/// the output although most of its 4-grams are in the gold, and <em>wrongly kept</em> when it is in the output
/// although most of its 4-grams are not. Lines of one to three tokens count as in the gold when the gold has
/// the same token sequence.
/// </summary>
internal static class LineAudit
{
    /// <summary>The page's mistakes, and every line the site template removed (right or wrong, with its gold share).</summary>
    public static (List<LineMistake> Dropped, List<LineMistake> Kept, List<LineMistake> TemplateRemoved) Run(string gold, CleanResult result, bool withTitle)
    {
        var vocabulary = new TokenVocabulary();
        List<int> goldIds = Scorer.TokenIds(gold, vocabulary);
        var goldShingles = new HashSet<Shingle>();
        for (int i = 0; i < goldIds.Count; i++)
        {
            // Every 1-, 2- and 3-gram (for short lines) and every 4-gram.
            for (int n = 1; n <= Scorer.N && i + n <= goldIds.Count; n++)
            {
                goldShingles.Add(n == Scorer.N
                    ? new Shingle(goldIds[i], goldIds[i + 1], goldIds[i + 2], goldIds[i + 3])
                    : Shingle.Short(goldIds.GetRange(i, n)));
            }
        }

        var dropped = new List<LineMistake>();
        var kept = new List<LineMistake>();
        var templateRemoved = new List<LineMistake>();
        var lineIds = new List<int>();
        PageDocument document = result.Document;
        int ordinal = -1;
        for (int b = 0; b < document.Count; b++)
        {
            ReadOnlySpan<char> text = document.GetText(b);
            lineIds.Clear();
            int position = 0;
            while (Scorer.NextToken(text, ref position, out int start, out int length))
            {
                lineIds.Add(vocabulary.Find(text.Slice(start, length)));
            }

            if (lineIds.Count == 0)
            {
                continue;
            }

            ordinal++;

            int shingles = 0, hits = 0;
            if (lineIds.Count < Scorer.N)
            {
                shingles = 1;
                hits = goldShingles.Contains(Shingle.Short(lineIds)) ? 1 : 0;
            }
            else
            {
                for (int i = 0; i + Scorer.N <= lineIds.Count; i++)
                {
                    shingles++;
                    if (goldShingles.Contains(new Shingle(lineIds[i], lineIds[i + 1], lineIds[i + 2], lineIds[i + 3])))
                    {
                        hits++;
                    }
                }
            }

            ref readonly Block block = ref document[b];
            bool inOutput = !block.IsRemoved
                || (withTitle && block.Label == BlockLabel.Title && text.SequenceEqual(result.Title));
            double share = (double)hits / shingles;
            bool mistaken = inOutput ? share < 0.5 : share > 0.5;
            bool byTemplate = block.Filter == Filters.SiteTemplates.SiteTemplateFilter.FilterName && block.IsRemoved;
            if (mistaken || byTemplate)
            {
                var line = new LineMistake(ordinal, block.LineNumber, text.ToString(), block.Label, block.Filter, block.Reason, lineIds.Count, share);
                if (mistaken)
                {
                    (inOutput ? kept : dropped).Add(line);
                }

                if (byTemplate)
                {
                    templateRemoved.Add(line);
                }
            }
        }

        return (dropped, kept, templateRemoved);
    }
}
