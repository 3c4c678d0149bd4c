using Boilerplate.Fuzz;
using SharpFuzz;

// Usage: Boilerplate.Fuzz text|html            run under afl-fuzz (fuzz/run.sh)
//        Boilerplate.Fuzz text|html FILE...    replay inputs once and report each outcome (triage)
if (args.Length == 0 || args[0] is not ("text" or "html"))
{
    Console.Error.WriteLine("usage: Boilerplate.Fuzz text|html [FILE...]");
    return 2;
}

bool html = args[0] == "html";
if (args.Length > 1)
{
    int failures = 0;
    foreach (string file in args.Skip(1))
    {
        try
        {
            Run(File.ReadAllBytes(file));
            Console.WriteLine($"ok    {file}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures++;
            Console.WriteLine($"FAIL  {file}: {e}");
        }
    }

    return failures == 0 ? 0 : 1;
}

// Out of process: the target runs in a child process, so a stack overflow or a crash of the runtime is reported
// as a crash with its input instead of killing the fuzzer.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;

void Run(ReadOnlySpan<byte> data)
{
    if (html)
    {
        FuzzTargets.Html(data);
    }
    else
    {
        FuzzTargets.Text(data);
    }
}
