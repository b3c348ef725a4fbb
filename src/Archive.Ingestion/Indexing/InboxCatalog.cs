using Archive.Lucene;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// What the index holds, by file: each indexed path with the state it was read in and its content hash,
/// and for each content the paths that hold it. Rebuilt from the committed index at start-up, so it is
/// never ahead of what a crash would leave behind.
/// </summary>
internal sealed class InboxCatalog
{
    private readonly Dictionary<string, (ArchiveFile File, string Sha256)> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _pathsByContent = new(StringComparer.Ordinal);

    public int FileCount => _byPath.Count;

    public int ContentCount => _pathsByContent.Count;

    public IEnumerable<string> Paths => _byPath.Keys;

    public bool TryGet(string path, out ArchiveFile file, out string sha256)
    {
        if (_byPath.TryGetValue(path, out var entry))
        {
            (file, sha256) = entry;
            return true;
        }

        (file, sha256) = (null!, string.Empty);
        return false;
    }

    /// <summary>Records that <paramref name="file"/> holds <paramref name="sha256"/>; returns the content it held before, if other.</summary>
    public string? Set(ArchiveFile file, string sha256)
    {
        var previous = Remove(file.Path);
        _byPath[file.Path] = (file, sha256);
        if (!_pathsByContent.TryGetValue(sha256, out var paths))
        {
            _pathsByContent[sha256] = paths = new SortedSet<string>(StringComparer.Ordinal);
        }

        paths.Add(file.Path);
        return previous == sha256 ? null : previous;
    }

    /// <summary>Forgets a path; returns the content it held, or null when it was not indexed.</summary>
    public string? Remove(string path)
    {
        if (!_byPath.Remove(path, out var entry))
        {
            return null;
        }

        if (_pathsByContent.TryGetValue(entry.Sha256, out var paths))
        {
            paths.Remove(path);
            if (paths.Count == 0)
            {
                _pathsByContent.Remove(entry.Sha256);
            }
        }

        return entry.Sha256;
    }

    /// <summary>The files holding a content, primary (ordinally first path) first.</summary>
    public IReadOnlyList<ArchiveFile> FilesOf(string sha256) =>
        _pathsByContent.TryGetValue(sha256, out var paths)
            ? paths.Select(path => _byPath[path].File).ToList()
            : [];
}
