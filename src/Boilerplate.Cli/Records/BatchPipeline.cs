using System.Threading.Channels;

namespace Boilerplate.Cli.Records;

/// <summary>
/// Runs a batch: one reader thread makes records in input order, <c>threads</c> worker threads clean them, and the
/// calling thread writes the results in input order. Records in flight are bounded by the order channel's capacity,
/// so memory stays flat however long the input. The steps around cleaning (parsing a JSON line and decoding its page,
/// formatting the output line) go to the reader and the writer while they have time to spare, and to the workers
/// otherwise, so that one worker spends its time cleaning and many are not held back by one reader or writer.
/// </summary>
/// <remarks>
/// Every record goes into two channels: the work channel, which workers take from in any order, and the bounded
/// order channel, which the writer takes from in input order, waiting for each record's worker to finish. The
/// reader blocks when the order channel is full, that is, when the writer is <see cref="InFlightPerThread"/>
/// records per thread behind. Dedicated threads rather than thread-pool tasks: cleaning is CPU-bound and blocking.
/// </remarks>
internal sealed class BatchPipeline(RecordProcessor processor, IRecordSink sink, BatchProgress progress, ErrorLog? errorLog, int threads)
{
    /// <summary>Records cleaned and not yet taken by the writer.</summary>
    private int _waitingForWriter;

    /// <summary>Records read ahead per worker: enough to keep workers busy behind a slow record, few enough to bound memory.</summary>
    public const int InFlightPerThread = 8;

    /// <summary>Runs the batch to the end of <paramref name="records"/>, or to the first fatal input or output failure.</summary>
    /// <param name="records">The records, read lazily on the reader thread.</param>
    /// <param name="currentInput">The input being read, for the report of a corrupt file.</param>
    /// <returns>The fatal failure that stopped the batch, or <see langword="null"/> when it read everything.</returns>
    public string? Run(IEnumerable<InputRecord> records, Func<string> currentInput)
    {
        // Synchronous continuations: a wake-up only releases a blocked thread, so it runs inline rather than
        // waiting for a thread-pool thread (which a busy host, such as a test runner, may not have free).
        var order = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(Math.Max(16, threads * InFlightPerThread)) { SingleReader = true, SingleWriter = true, AllowSynchronousContinuations = true });
        var work = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleWriter = true, AllowSynchronousContinuations = true });
        using var cancel = new CancellationTokenSource();
        string? readFailure = null;

        var reader = new Thread(() => readFailure = Read(records, currentInput, order.Writer, work, cancel.Token)) { Name = "batch reader", IsBackground = true };
        var workers = new Thread[threads];
        for (int i = 0; i < threads; i++)
        {
            workers[i] = new Thread(() => Work(work.Reader, cancel.Token)) { Name = $"batch worker {i + 1}", IsBackground = true };
        }

        reader.Start();
        foreach (Thread worker in workers)
        {
            worker.Start();
        }

        string? writeFailure = null;
        try
        {
            Write(order.Reader);
        }
        catch (IOException ex)
        {
            writeFailure = $"cannot write the output: {ex.Message}";
        }
        finally
        {
            // On a write failure the reader and the workers stop at their next record.
            cancel.Cancel();
            reader.Join();
            foreach (Thread worker in workers)
            {
                worker.Join();
            }
        }

        return writeFailure ?? readFailure;
    }

    private string? Read(IEnumerable<InputRecord> records, Func<string> currentInput, ChannelWriter<WorkItem> order, Channel<WorkItem> work, CancellationToken cancel)
    {
        try
        {
            foreach (InputRecord record in records)
            {
                var item = new WorkItem(record);
                Blocking.Write(order, item, cancel);

                // While every worker has a record waiting, the reader is ahead of them and prepares this one itself;
                // otherwise a worker may be idle and takes the record as it is.
                if (work.Reader.Count >= threads)
                {
                    item.Work = RecordProcessor.Prepare(record);
                }

                work.Writer.TryWrite(item);
            }

            return null;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }
        catch (TruncatedInputException ex)
        {
            return ex.Message;
        }
        catch (InvalidDataException)
        {
            // zlib's own wording ("unsupported compression method" for a damaged block) says nothing useful.
            return $"{currentInput()}: corrupt gzip data";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"{currentInput()}: cannot read: {ex.Message}";
        }
        finally
        {
            order.TryComplete();
            work.Writer.TryComplete();
        }
    }

    private void Work(ChannelReader<WorkItem> work, CancellationToken cancel)
    {
        try
        {
            while (Blocking.TryRead(work, out WorkItem? item, cancel))
            {
                RecordWork record = item.Work ??= RecordProcessor.Prepare(item.Record);
                processor.Clean(record);

                // The writer formats the output while it keeps up; once half the records in flight wait for it, the
                // workers do. (A stricter test loses to the writer's wake-up latency: a record takes about 0.1 ms.)
                if (Volatile.Read(ref _waitingForWriter) >= threads * InFlightPerThread / 2)
                {
                    item.Outcome = processor.Finish(record);
                }

                Interlocked.Increment(ref _waitingForWriter);
                item.Complete();
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The writer failed; nothing more will be written.
        }
    }

    private void Write(ChannelReader<WorkItem> order)
    {
        while (true)
        {
            if (!order.TryRead(out WorkItem? item))
            {
                sink.Idle();
                if (!Blocking.TryRead(order, out item, CancellationToken.None))
                {
                    return;
                }
            }

            if (!item.IsDone)
            {
                sink.Idle();
            }

            item.WaitUntilDone();
            Interlocked.Decrement(ref _waitingForWriter);
            RecordOutcome outcome = item.Outcome ??= processor.Finish(item.Work!);
            InputRecord record = item.Record;
            switch (outcome.Status)
            {
                case OutcomeStatus.Cleaned:
                    if (sink.Write(outcome) is { } problem)
                    {
                        Fail(record, outcome.Id, "write", problem);
                    }
                    else
                    {
                        progress.Cleaned(outcome.Bytes);
                    }

                    break;
                case OutcomeStatus.Skipped:
                    progress.Skip();
                    break;
                default:
                    Fail(record, outcome.Id, outcome.Stage!, outcome.Error!);
                    break;
            }
        }
    }

    private void Fail(InputRecord record, string? id, string stage, string error)
    {
        // Files by their path, as 'clean' reports them; records by id and place.
        string what = record.Path is not null ? $"'{record.Location}'"
            : id is not null ? $"record {id} ({record.Location})"
            : record.Location;
        progress.Failed(stage == "write" ? $"boilerplate: cannot write {what} {error}" : $"boilerplate: cannot {stage} {what}: {error}");
        errorLog?.Write(id, record.Location, stage, error);
    }

    /// <summary>One record on its way through: made by the reader, cleaned by a worker, written by the writer.</summary>
    private sealed class WorkItem(InputRecord record)
    {
        // Monitor.Wait needs a plain object, not a System.Threading.Lock.
        private readonly object _lock = new();
        private bool _done;

        public InputRecord Record { get; } = record;

        /// <summary>The record's steps; prepared by the reader before it is queued, or by the worker that takes it.</summary>
        public RecordWork? Work { get; set; }

        /// <summary>The outcome, made by the worker or, once the record is done, by the writer.</summary>
        public RecordOutcome? Outcome { get; set; }

        public bool IsDone => Volatile.Read(ref _done);

        public void Complete()
        {
            lock (_lock)
            {
                _done = true;
                Monitor.PulseAll(_lock);
            }
        }

        public void WaitUntilDone()
        {
            lock (_lock)
            {
                while (!_done)
                {
                    Monitor.Wait(_lock);
                }
            }
        }
    }

    /// <summary>Blocking reads and writes on channels, for dedicated threads.</summary>
    private static class Blocking
    {
        public static void Write<T>(ChannelWriter<T> writer, T item, CancellationToken cancel)
        {
            while (!writer.TryWrite(item))
            {
                if (!writer.WaitToWriteAsync(cancel).AsTask().GetAwaiter().GetResult())
                {
                    throw new InvalidOperationException("The channel was completed while records were still being read.");
                }
            }
        }

        public static bool TryRead<T>(ChannelReader<T> reader, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? item, CancellationToken cancel)
            where T : class
        {
            while (!reader.TryRead(out item))
            {
                if (!reader.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult())
                {
                    return false;
                }
            }

            return true;
        }
    }
}
