namespace Boilerplate.Tests.Support;

/// <summary>Orders that visit every index exactly once while mixing neighbours, for running pages in parallel.</summary>
internal static class MixedOrder
{
    /// <summary>
    /// <c>i * stride mod count</c> for i in [0, count), with the stride raised to the first value coprime with the count
    /// (a stride sharing a factor with it would visit only some indexes); checked to be a permutation.
    /// </summary>
    public static int[] Strided(int count, int stride)
    {
        while (GreatestCommonDivisor(stride, count) != 1)
        {
            stride++;
        }

        int[] order = [.. Enumerable.Range(0, count).Select(i => (int)((long)i * stride % count))];
        Assert.Equal(Enumerable.Range(0, count), order.Order());
        return order;
    }

    private static int GreatestCommonDivisor(int a, int b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);
}
