using System.Text;
using Boilerplate.Cli;

// Console streams are wrapped explicitly so that input and output are UTF-8 whatever the platform's console
// encoding; invalid input bytes become U+FFFD instead of failing.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true);
var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16);
var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
var console = new ConsoleStreams(stdin, stdout, stderr) { ErrorIsTerminal = !Console.IsErrorRedirected };

try
{
    int exitCode = BoilerplateCli.Run(args, console);
    stdout.Flush();
    return exitCode;
}
catch (IOException ex)
{
    // Only the console streams get here (file errors are reported by the commands): a full disk behind a
    // redirect, or a pipe closed early.
    stderr.WriteLine($"boilerplate: cannot write output: {ex.Message}");
    return ExitCodes.Failure;
}
