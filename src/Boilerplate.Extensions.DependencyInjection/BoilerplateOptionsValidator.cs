using Boilerplate;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Checks options as <see cref="BoilerplatePipelineBuilder.Build"/> does, so a host with invalid options fails at start, listing every problem.</summary>
internal sealed class BoilerplateOptionsValidator : IValidateOptions<BoilerplateOptions>
{
    public ValidateOptionsResult Validate(string? name, BoilerplateOptions options)
    {
        try
        {
            new BoilerplatePipelineBuilder().UseOptions(options).Build();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
