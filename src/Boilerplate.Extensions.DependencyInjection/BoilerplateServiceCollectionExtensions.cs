using Boilerplate;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Boilerplate pipelines: <c>services.AddBoilerplate(o => ...)</c> for the default
/// <see cref="BoilerplatePipeline"/>, <c>services.AddBoilerplate("name", ...)</c> for a named one resolved as a
/// keyed service (<c>[FromKeyedServices("name")]</c>). Each pipeline is a singleton built on first use from its
/// <see cref="BoilerplateOptions"/> (named options of that type) and logs through the container's
/// <see cref="ILoggerFactory"/> when there is one.
/// </summary>
public static class BoilerplateServiceCollectionExtensions
{
    /// <summary>Registers the default pipeline with the default options (<see cref="BoilerplatePreset.Balanced"/>).</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoilerplate(this IServiceCollection services) =>
        services.AddBoilerplate(Options.Options.DefaultName, _ => { });

    /// <summary>Registers the default pipeline, with options set in code (start them from a preset with <see cref="BoilerplateOptions.UsePreset"/>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoilerplate(this IServiceCollection services, Action<BoilerplateOptions> configure) =>
        services.AddBoilerplate(Options.Options.DefaultName, configure);

    /// <summary>
    /// Registers the default pipeline with options bound from a configuration section shaped as
    /// <see cref="BoilerplateOptions"/>: its <c>Preset</c> is applied first, then every other value.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, for example <c>builder.Configuration.GetSection("Boilerplate")</c>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoilerplate(this IServiceCollection services, IConfiguration configuration) =>
        services.AddBoilerplate(Options.Options.DefaultName, configuration);

    /// <summary>Registers a named pipeline, resolved as the keyed service <paramref name="name"/>, with options set in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The pipeline's name and service key.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoilerplate(this IServiceCollection services, string name, Action<BoilerplateOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<BoilerplateOptions>(name).Configure(configure);
        return services.AddPipeline(name);
    }

    /// <summary>Registers a named pipeline, resolved as the keyed service <paramref name="name"/>, with options bound from a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The pipeline's name and service key.</param>
    /// <param name="configuration">The section; see <see cref="AddBoilerplate(IServiceCollection, IConfiguration)"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoilerplate(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddBoilerplate(name, options =>
        {
            options.UsePreset(configuration.GetValue(nameof(BoilerplateOptions.Preset), BoilerplatePreset.Balanced));
            configuration.Bind(options);
        });
    }

    private static IServiceCollection AddPipeline(this IServiceCollection services, string name)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BoilerplateOptions>, BoilerplateOptionsValidator>());
        services.AddOptions<BoilerplateOptions>(name).ValidateOnStart();
        if (name == Options.Options.DefaultName)
        {
            services.TryAddSingleton(provider => Build(provider, name));
        }
        else
        {
            services.TryAddKeyedSingleton(name, (provider, _) => Build(provider, name));
        }

        return services;
    }

    private static BoilerplatePipeline Build(IServiceProvider provider, string name) =>
        new BoilerplatePipelineBuilder { LoggerFactory = provider.GetService<ILoggerFactory>() }
            .UseOptions(provider.GetRequiredService<IOptionsMonitor<BoilerplateOptions>>().Get(name))
            .Build();
}
