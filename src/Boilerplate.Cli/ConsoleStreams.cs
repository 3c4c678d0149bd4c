using Boilerplate.Cli.Records;

namespace Boilerplate.Cli;

/// <summary>The three standard streams, passed explicitly so that tests can run commands in-process.</summary>
internal sealed record ConsoleStreams(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Whether <see cref="Error"/> is a terminal, where a live progress line is wanted.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>
    /// Standard input as bytes, for HTML (whose charset the page itself declares), gzip and WARC: the stream under
    /// <see cref="In"/> when it is a <see cref="StreamReader"/> that nothing has read from, else <see cref="In"/>'s
    /// text as UTF-8.
    /// </summary>
    public Stream OpenInputBytes() => In is StreamReader reader ? reader.BaseStream : new TextReaderStream(In);

    /// <summary>Standard output as bytes: the stream under <see cref="Out"/> when it has one (flushed first), else UTF-8 text written to it.</summary>
    public Stream OpenOutputBytes()
    {
        if (Out is StreamWriter writer)
        {
            writer.Flush();
            return writer.BaseStream;
        }

        return new TextWriterStream(Out);
    }
}
