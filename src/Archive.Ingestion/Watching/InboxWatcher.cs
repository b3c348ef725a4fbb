namespace Archive.Ingestion.Watching;

/// <summary>
/// Turns file-system events under the inbox into notifications of changed paths. Events can be lost
/// (buffer overflow, network shares); the worker's periodic rescan is the safety net.
/// </summary>
internal sealed class InboxWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;

    public InboxWatcher(string inboxRoot, Action<string> onChanged, Action onEventsLost)
    {
        ArgumentNullException.ThrowIfNull(onChanged);
        ArgumentNullException.ThrowIfNull(onEventsLost);
        _watcher = new FileSystemWatcher(inboxRoot)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Created += (_, e) => onChanged(e.FullPath);
        _watcher.Changed += (_, e) => onChanged(e.FullPath);
        _watcher.Deleted += (_, e) => onChanged(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            // A rename is a deletion of the old path and a creation of the new one: no duplicate remains.
            onChanged(e.OldFullPath);
            onChanged(e.FullPath);
        };
        _watcher.Error += (_, _) => onEventsLost();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose() => _watcher.Dispose();
}
