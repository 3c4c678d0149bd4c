using System.Reflection;

namespace Boilerplate.Tests.Document;

public sealed class BlockTests
{
    [Fact]
    public void Block_EveryProperty_IsPublic()
    {
        // The model is format- and filter-neutral: what one filter needs of the scan (the navigation lexicon's counts) lives
        // beside the blocks, so every block property is one any filter, built-in or not, can read.
        PropertyInfo[] properties = typeof(Block).GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

        Assert.True(properties.Length > 20);
        Assert.All(properties, p => Assert.True(p.GetMethod is { IsPublic: true }, $"Block.{p.Name} has no public getter"));
    }
}
