namespace Archive.Ingestion.Indexing;

/// <summary>
/// The contents (by SHA-256) whose documents have pages waiting for OCR, in the order they were queued. It mirrors
/// the index: a document written with pages waiting joins it, one written without them (or deleted) leaves it, and at
/// start it is read back from the index (<see cref="ArchiveIndexWriter.LoadOcrQueue"/>), so whatever a crash
/// interrupted is read again and nothing is read twice into the index.
/// </summary>
internal sealed class OcrQueue : IDisposable
{
    private readonly Lock _lock = new();
    private readonly LinkedList<string> _order = new();
    private readonly Dictionary<string, LinkedListNode<string>> _queued = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _added = new(0);

    /// <summary>Documents waiting for OCR, those being read included.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _queued.Count;
            }
        }
    }

    public void Add(string sha256)
    {
        lock (_lock)
        {
            if (!_queued.ContainsKey(sha256))
            {
                _queued[sha256] = _order.AddLast(sha256);
            }
        }

        _added.Release();
    }

    public void Remove(string sha256)
    {
        lock (_lock)
        {
            if (_queued.Remove(sha256, out var node))
            {
                _order.Remove(node);
            }

            _taken.Remove(sha256);
        }
    }

    /// <summary>The oldest content not already being read, marked as being read; null when there is none.</summary>
    public string? TakeNext()
    {
        lock (_lock)
        {
            var next = _order.FirstOrDefault(sha256 => !_taken.Contains(sha256));
            if (next is not null)
            {
                _taken.Add(next);
            }

            return next;
        }
    }

    /// <summary>Gives back a content taken but not finished (OCR stopped or went missing): it is read again later.</summary>
    public void Release(string sha256)
    {
        lock (_lock)
        {
            _taken.Remove(sha256);
        }
    }

    /// <summary>Waits until something is added, or <paramref name="timeout"/> passes.</summary>
    public async Task WaitForMoreAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _added.WaitAsync(timeout, cancellationToken);
        while (_added.CurrentCount > 0)
        {
            await _added.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => _added.Dispose();
}
