namespace Boilerplate.Internal;

/// <summary>Builds the article string once, from the kept blocks' ranges.</summary>
internal static class ArticleAssembler
{
    public static string Assemble(PageDocument document)
    {
        int length = 0, kept = 0;
        foreach (ref readonly Block block in document.Blocks)
        {
            if (!block.IsRemoved)
            {
                length += block.Length;
                kept++;
            }
        }

        if (kept == 0)
        {
            return string.Empty;
        }

        return string.Create(length + kept - 1, document, static (destination, doc) =>
        {
            int position = 0;
            ReadOnlySpan<char> source = doc.Source;
            foreach (ref readonly Block block in doc.Blocks)
            {
                if (block.IsRemoved)
                {
                    continue;
                }

                if (position > 0)
                {
                    destination[position++] = '\n';
                }

                source.Slice(block.Start, block.Length).CopyTo(destination[position..]);
                position += block.Length;
            }
        });
    }
}
