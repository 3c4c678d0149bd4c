using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Boilerplate.Benchmarks;
using Boilerplate.Benchmarks.Columns;

// Every benchmark class runs with allocations and the throughput columns; pick classes with --filter, a job with --job.
Console.WriteLine($"Corpus: {Corpus.Shared.Description}");
IConfig config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(WorkloadColumn.All)
    .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(BenchmarkDotNet.Columns.RatioStyle.Trend))
    .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared));
BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args, config);
