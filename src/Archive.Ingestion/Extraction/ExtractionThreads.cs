namespace Archive.Ingestion.Extraction;

/// <summary>
/// Long-lived threads with a deep stack that run extractions. Starting a fresh 64 MB-stack thread for every file
/// (and finalizing it afterwards) took some 40 % of the CPU of ingesting short texts, so threads are kept and reused.
/// A job always starts at once, on an idle thread or on a new one: a thread stuck on a hostile file (its caller gave
/// up on it at the time limit) never delays the next file. Threads idle for <see cref="IdleLifetime"/> end.
/// </summary>
internal sealed class ExtractionThreads(int stackBytes)
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(30);

    // Jobs handed to idle threads; _idle counts waiting threads minus jobs promised to them but not yet taken.
    private readonly System.Collections.Concurrent.BlockingCollection<Func<Action>> _jobs = [];
    private int _idle;

    /// <summary>
    /// Runs <paramref name="job"/> on an extraction thread and returns at once. The job returns what publishes its
    /// result; that runs once the thread counts as idle again, so whoever waits for the result and then starts the
    /// next job finds the same thread free instead of starting another.
    /// </summary>
    public void Start(Func<Action> job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (TryTakeIdle())
        {
            _jobs.Add(job);
            return;
        }

        new Thread(() => Work(job), stackBytes) { IsBackground = true, Name = "text-extraction" }.Start();
    }

    private void Work(Func<Action> first)
    {
        var job = first;
        while (true)
        {
            var publish = job();
            Interlocked.Increment(ref _idle);
            publish();
            while (!_jobs.TryTake(out job!, IdleLifetime))
            {
                // Retire only when no job has been promised to the waiting threads beyond the others.
                if (TryTakeIdle())
                {
                    return;
                }
            }
        }
    }

    private bool TryTakeIdle()
    {
        var idle = Volatile.Read(ref _idle);
        while (idle > 0)
        {
            var seen = Interlocked.CompareExchange(ref _idle, idle - 1, idle);
            if (seen == idle)
            {
                return true;
            }

            idle = seen;
        }

        return false;
    }
}
