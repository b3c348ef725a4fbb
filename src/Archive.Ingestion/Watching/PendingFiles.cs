using Archive.Ingestion.Inbox;

namespace Archive.Ingestion.Watching;

/// <summary>
/// Files that have changed but may still be being written. A file is ready once two looks at least the
/// stability delay apart see the same size, time and sidecar, or at once when it was last written longer
/// ago than that delay (a finished copy).
/// </summary>
internal sealed class PendingFiles(string inboxRoot, TimeSpan stabilityDelay, TimeProvider clock)
{
    private readonly Dictionary<string, (FileSnapshot? Seen, DateTimeOffset SeenAt)> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    public void Add(FileSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_lock)
        {
            _pending.TryAdd(snapshot.RelativePath, (snapshot, clock.GetUtcNow()));
        }
    }

    /// <summary>Adds a path from a file-system event; it is looked at when <see cref="TakeReady"/> runs.</summary>
    public void Add(string relativePath)
    {
        lock (_lock)
        {
            _pending.TryAdd(relativePath, (null, clock.GetUtcNow()));
        }
    }

    /// <summary>Removes and returns the files that are ready to read, and the paths that no longer exist.</summary>
    public (IReadOnlyList<FileSnapshot> Ready, IReadOnlyList<string> Gone) TakeReady()
    {
        var now = clock.GetUtcNow();
        var ready = new List<FileSnapshot>();
        var gone = new List<string>();
        lock (_lock)
        {
            foreach (var (path, (seen, seenAt)) in _pending.ToList())
            {
                var fullPath = InboxPaths.ToFull(inboxRoot, path);
                var current = FileSnapshot.Take(inboxRoot, fullPath);
                if (current is null)
                {
                    _pending.Remove(path);
                    gone.Add(path);
                }
                else if (IsQuiet(current, seen, seenAt, now))
                {
                    _pending.Remove(path);
                    ready.Add(current);
                }
                else if (seen is null || !current.SameStateAs(seen))
                {
                    _pending[path] = (current, now);
                }
            }
        }

        ready.Sort((left, right) => string.CompareOrdinal(left.RelativePath, right.RelativePath));
        return (ready, gone);
    }

    private bool IsQuiet(FileSnapshot current, FileSnapshot? seen, DateTimeOffset seenAt, DateTimeOffset now)
    {
        var lastWrite = new DateTimeOffset(current.ModifiedUtcTicks, TimeSpan.Zero);
        if (now - lastWrite >= stabilityDelay)
        {
            return true;
        }

        return seen is not null && current.SameStateAs(seen) && now - seenAt >= stabilityDelay;
    }
}
