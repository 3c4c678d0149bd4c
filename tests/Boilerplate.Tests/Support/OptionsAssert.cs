namespace Boilerplate.Tests.Support;

/// <summary>Checks of the builder's options validation, shared by the options tests of every filter.</summary>
internal static class OptionsAssert
{
    /// <summary>Asserts that building throws <see cref="ArgumentException"/> listing exactly <paramref name="problems"/>, in order, under the usual heading.</summary>
    public static void BuildFails(BoilerplatePipelineBuilder builder, params string[] problems)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Equal(["Invalid Boilerplate options:", .. problems], error.Message.Split(Environment.NewLine));
    }
}
