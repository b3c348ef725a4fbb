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

    /// <summary>
    /// Removes and returns up to <paramref name="max"/> files that are ready to read and paths that no longer exist,
    /// the ready ones in path order. Taking a batch at a time keeps a run over a million files from holding a second
    /// copy of them all: what is not yet taken stays here, once.
    /// </summary>
    public (IReadOnlyList<FileSnapshot> Ready, IReadOnlyList<string> Gone) TakeReady(int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var now = clock.GetUtcNow();
        var ready = new List<FileSnapshot>();
        var gone = new List<string>();
        var changing = new List<(string Path, FileSnapshot Seen)>();
        lock (_lock)
        {
            foreach (var (path, (seen, seenAt)) in _pending)
            {
                if (ready.Count + gone.Count >= max)
                {
                    break;
                }

                var current = FileSnapshot.Take(inboxRoot, InboxPaths.ToFull(inboxRoot, path));
                if (current is null)
                {
                    gone.Add(path);
                }
                else if (IsQuiet(current, seen, seenAt, now))
                {
                    ready.Add(current);
                }
                else if (seen is null || !current.SameStateAs(seen))
                {
                    changing.Add((path, current));
                }
            }

            foreach (var snapshot in ready)
            {
                _pending.Remove(snapshot.RelativePath);
            }

            foreach (var path in gone)
            {
                _pending.Remove(path);
            }

            foreach (var (path, seen) in changing)
            {
                _pending[path] = (seen, now);
            }

            if (_pending.Count == 0)
            {
                // A dictionary keeps its largest size; after a full scan's million files that is tens of megabytes.
                _pending.TrimExcess();
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
