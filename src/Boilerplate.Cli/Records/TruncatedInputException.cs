namespace Boilerplate.Cli.Records;

/// <summary>An input that ends inside a record (a cut download or an interrupted copy): the batch stops here.</summary>
internal sealed class TruncatedInputException : Exception
{
    public TruncatedInputException()
    {
    }

    public TruncatedInputException(string message)
        : base(message)
    {
    }

    public TruncatedInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
