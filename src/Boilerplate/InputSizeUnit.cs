namespace Boilerplate;

/// <summary>What <see cref="InputTooLargeException.Length"/> and <see cref="InputTooLargeException.Limit"/> count.</summary>
public enum InputSizeUnit
{
    /// <summary>UTF-16 characters of decoded text (<see cref="PipelineLimits.MaxInputChars"/>).</summary>
    Characters,

    /// <summary>Bytes of content not yet decoded (<see cref="PipelineLimits.MaxInputBytes"/>).</summary>
    Bytes,
}
