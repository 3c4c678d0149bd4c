using Boilerplate.Internal;

namespace Boilerplate.Tests.Internal;

public class PooledListTests
{
    [Fact]
    public void Add_PastTheRentedCapacity_KeepsEveryItemInOrder()
    {
        using var list = new PooledList<int>(1);
        for (int i = 0; i < 1000; i++)
        {
            list.Add(i);
        }

        list.Add([1000, 1001, 1002]);

        Assert.Equal(Enumerable.Range(0, 1003), list.AsSpan().ToArray());
    }

    [Fact]
    public void Count_MayShortenButNotLengthen()
    {
        using var list = new PooledList<char>(4);
        list.Add("abcdef");

        list.Count = 2;

        Assert.Equal("ab", new string(list.AsSpan()));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Count = 3);
    }
}
