namespace Archive.Lucene;

/// <summary>
/// Values a starting process loads on a thread of their own while it does its other work (the compound word list,
/// the topic list); the first use waits for what is left.
/// </summary>
public static class LoadedInBackground
{
    /// <summary>
    /// Starts computing <paramref name="value"/> on a thread of its own unless it is already computed, and returns it.
    /// A failure is kept by the lazy value and thrown at its first use.
    /// </summary>
    public static Lazy<T> Start<T>(Lazy<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.IsValueCreated)
        {
            // The failure is thrown to the first use; the loading task's own copy is marked seen.
            _ = Task.Run(() => value.Value).ContinueWith(
                static loading => loading.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return value;
    }
}
