namespace Boilerplate.Cli.Input;

/// <summary>One-line wording for a page the library could not clean.</summary>
internal static class CleanErrors
{
    // An input over the limits is an expected outcome, its message says it all; anything else is a library bug
    // worth reporting with its type, but still in one line rather than a stack trace.
    public static string Describe(Exception exception) => exception is InputTooLargeException
        ? exception.Message
        : $"{exception.GetType().Name}: {exception.Message} (this is a bug in Boilerplate; please report it with the page)";
}
