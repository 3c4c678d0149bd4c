namespace Boilerplate.Cli;

/// <summary>The three standard streams, passed explicitly so that tests can run commands in-process.</summary>
internal sealed record ConsoleStreams(TextReader In, TextWriter Out, TextWriter Error);
