using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Boilerplate.Internal;

internal static class ThrowHelper
{
    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowInputTooLarge(int length, int limit) =>
        throw new InputTooLargeException($"The input has {length} characters; the pipeline's limit is {limit} (PipelineLimits.MaxInputChars).");
}
