using System.Collections.Concurrent;
using Boilerplate.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Boilerplate.Tests.DependencyInjection;

/// <summary><c>services.AddBoilerplate</c> in a real host: options bound from configuration, default and keyed pipelines, the container's logging.</summary>
public sealed class AddBoilerplateTests
{
    [Fact]
    public async Task AddBoilerplate_InAHost_BindsConfigurationAndServesDefaultAndKeyedPipelines()
    {
        var logs = new LogCollector();
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Boilerplate:ContentClassifier:LengthLow"] = "55",
            ["Boilerplate:Limits:MaxInputChars"] = "2000",
            ["Boilerplate:Preset"] = "Recall",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        builder.Services.AddBoilerplate(builder.Configuration.GetSection("Boilerplate"));
        builder.Services.AddBoilerplate("strict", o => o.UsePreset(BoilerplatePreset.Precision));

        using IHost host = builder.Build();
        await host.StartAsync();
        BoilerplatePipeline pipeline = host.Services.GetRequiredService<BoilerplatePipeline>();
        BoilerplatePipeline strict = host.Services.GetRequiredKeyedService<BoilerplatePipeline>("strict");
        BoilerplateOptions options = host.Services.GetRequiredService<IOptionsMonitor<BoilerplateOptions>>().CurrentValue;

        Assert.Same(pipeline, host.Services.GetRequiredService<BoilerplatePipeline>());
        Assert.NotSame(pipeline, strict);
        Assert.Equal((BoilerplatePreset.Recall, 55, 0.26, false), (options.Preset, options.ContentClassifier.LengthLow, options.ContentClassifier.StopwordsLow, options.MainRegion.DropCaptions));
        Assert.Contains(StormPage.Caption, pipeline.ProcessHtml(StormPage.WithCaption).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(StormPage.Caption, strict.ProcessHtml(StormPage.WithCaption).Text, StringComparison.Ordinal);
        Assert.Equal(2000, Assert.Throws<InputTooLargeException>(() => pipeline.Process(new string('a', 2001))).Limit);
        Assert.Equal(2, logs.Events.Count(e => e.Id == 1000));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBoilerplate_InvalidConfiguration_FailsTheHostAtStart()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Boilerplate:Limits:MaxInputChars"] = "0" });
        builder.Services.AddBoilerplate(builder.Configuration.GetSection("Boilerplate"));

        using IHost host = builder.Build();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("PipelineLimits.MaxInputChars must be at least 1 (was 0).", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A logger provider that keeps every event id it is given.</summary>
    private sealed class LogCollector : ILoggerProvider
    {
        public ConcurrentQueue<EventId> Events { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Events);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<EventId> events) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) => events.Enqueue(eventId);
        }
    }
}
