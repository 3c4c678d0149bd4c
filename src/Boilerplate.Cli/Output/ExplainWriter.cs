namespace Boilerplate.Cli.Output;

/// <summary>
/// The <c>--explain</c> report: one line per block, <c>KEEP</c> or <c>DROP</c>, the deciding filter and the
/// reason in aligned columns, then the block's text after a bar, e.g.
/// <c>DROP  navigation  date or time stamp  | Last Updated : GMT 09:07:40</c>.
/// </summary>
internal static class ExplainWriter
{
    // Printed for kept blocks no filter decided, so that the columns stay aligned and greppable.
    private const string None = "-";

    public static void Write(CleanResult result, TextWriter output)
    {
        List<BlockDecision> decisions = [.. result.Explain()];
        int filterWidth = None.Length;
        int reasonWidth = None.Length;
        foreach (BlockDecision decision in decisions)
        {
            filterWidth = Math.Max(filterWidth, (decision.Filter ?? None).Length);
            reasonWidth = Math.Max(reasonWidth, (decision.Reason ?? None).Length);
        }

        foreach (BlockDecision decision in decisions)
        {
            output.Write(decision.IsKept ? "KEEP  " : "DROP  ");
            output.Write((decision.Filter ?? None).PadRight(filterWidth));
            output.Write("  ");
            output.Write((decision.Reason ?? None).PadRight(reasonWidth));
            output.Write("  | ");
            output.Write(decision.Text);
            output.Write('\n');
        }
    }
}
