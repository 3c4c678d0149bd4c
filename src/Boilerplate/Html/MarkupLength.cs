using System.Runtime.CompilerServices;
using HtmlAgilityPack;

namespace Boilerplate.Html;

/// <summary>
/// The length of a text node's markup as HtmlAgilityPack recorded it. Its public <see cref="HtmlNode.OuterLength"/>
/// measures the node's <see cref="HtmlNode.OuterHtml"/>, a new string each time; the field it was parsed into is read
/// instead. Text nodes only: an element's <see cref="HtmlNode.OuterHtml"/> is rebuilt with the closing tags the parser
/// implied, so its recorded length is not that string's.
/// </summary>
/// <remarks>
/// The field is private to HtmlAgilityPack: it is checked once against the public property, and if a version renames it
/// or gives a different length, the property is used.
/// </remarks>
internal static class MarkupLength
{
    private static readonly bool s_fieldMatches = FieldMatches();

    /// <summary>Whether the field is read: <see langword="false"/> only with an HtmlAgilityPack that lacks it.</summary>
    internal static bool ReadsField => s_fieldMatches;

    /// <summary>The length of <paramref name="node"/>'s markup from its start, as <see cref="HtmlNode.OuterLength"/> gives it.</summary>
    public static int Of(HtmlTextNode node) => s_fieldMatches ? OuterLengthField(node) : node.OuterLength;

    /// <summary>
    /// Characters of markup an element spans, from its opening tag to its closing one, or to the end of the page when it
    /// is never closed; read from stream positions, without building the element's markup.
    /// </summary>
    public static long SpanOf(HtmlNode element, int markupLength)
    {
        HtmlNode? end = element.EndNode;
        int stop = end is null || ReferenceEquals(end, element) ? markupLength : end.StreamPosition;
        return Math.Max(0, stop - element.StreamPosition);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_outerlength")]
    private static extern ref int OuterLengthField(HtmlNode node);

    private static bool FieldMatches()
    {
        try
        {
            var document = new HtmlDocument();
            document.LoadHtml("<p>one <b>two</b> three</p>");
            return document.DocumentNode.Descendants().OfType<HtmlTextNode>().All(node => OuterLengthField(node) == node.OuterLength);
        }
        catch (MissingFieldException)
        {
            return false;
        }
    }
}
