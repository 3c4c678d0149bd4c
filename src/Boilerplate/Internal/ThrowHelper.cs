using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Boilerplate.Internal;

internal static class ThrowHelper
{
    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowInputTooLarge(long length, long limit, InputSizeUnit unit = InputSizeUnit.Characters, bool isLengthLowerBound = false) =>
        throw new InputTooLargeException(length, limit, unit, isLengthLowerBound);

    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowBinaryInput(InputKind declared) =>
        throw new UnexpectedInputKindException(declared, InputKind.Binary);
}
