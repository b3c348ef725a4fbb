using Archive.Lucene;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// What the index holds, by file: each indexed path with the state it was read in and its content hash,
/// and for each content the paths that hold it. Rebuilt from the committed index at start-up, so it is
/// never ahead of what a crash would leave behind.
/// </summary>
/// <remarks>
/// It holds an entry for every indexed file for as long as the index is open, so it is kept compact: the hash as its
/// 32 bytes (<see cref="ContentKey"/>), and a content's paths as the one path string almost every content has,
/// a sorted set only for a content several files hold.
/// </remarks>
internal sealed class InboxCatalog
{
    private readonly Dictionary<string, (ArchiveFile File, ContentKey Content)> _byPath = new(StringComparer.Ordinal);

    // The value is the path (a string) of a content one file holds, or a SortedSet<string> of the paths of one several hold.
    private readonly Dictionary<ContentKey, object> _pathsByContent = [];

    public int FileCount => _byPath.Count;

    public int ContentCount => _pathsByContent.Count;

    public IEnumerable<string> Paths => _byPath.Keys;

    public bool TryGet(string path, out ArchiveFile file)
    {
        var found = _byPath.TryGetValue(path, out var entry);
        file = entry.File;
        return found;
    }

    /// <summary>True when <paramref name="path"/> is indexed with the content <paramref name="sha256"/>.</summary>
    public bool Holds(string path, string sha256) =>
        _byPath.TryGetValue(path, out var entry) && entry.Content == ContentKey.Parse(sha256);

    /// <summary>Records that <paramref name="file"/> holds <paramref name="sha256"/>; returns the content it held before, if other.</summary>
    public string? Set(ArchiveFile file, string sha256)
    {
        ArgumentNullException.ThrowIfNull(file);
        var content = ContentKey.Parse(sha256);
        var previous = RemoveKey(file.Path);
        _byPath[file.Path] = (file, content);
        AddPath(content, file.Path);
        return previous is { } held && held != content ? held.ToString() : null;
    }

    /// <summary>Forgets a path; returns the content it held, or null when it was not indexed.</summary>
    public string? Remove(string path) => RemoveKey(path)?.ToString();

    /// <summary>The files holding a content, primary (ordinally first path) first.</summary>
    public IReadOnlyList<ArchiveFile> FilesOf(string sha256) =>
        _pathsByContent.TryGetValue(ContentKey.Parse(sha256), out var paths)
            ? paths switch
            {
                string path => [_byPath[path].File],
                SortedSet<string> several => several.Select(path => _byPath[path].File).ToList(),
                _ => [],
            }
            : [];

    private ContentKey? RemoveKey(string path)
    {
        if (!_byPath.Remove(path, out var entry))
        {
            return null;
        }

        RemovePath(entry.Content, path);
        return entry.Content;
    }

    private void AddPath(ContentKey content, string path)
    {
        if (!_pathsByContent.TryGetValue(content, out var paths))
        {
            _pathsByContent[content] = path;
        }
        else if (paths is SortedSet<string> several)
        {
            several.Add(path);
        }
        else if (!string.Equals((string)paths, path, StringComparison.Ordinal))
        {
            _pathsByContent[content] = new SortedSet<string>(StringComparer.Ordinal) { (string)paths, path };
        }
    }

    private void RemovePath(ContentKey content, string path)
    {
        if (!_pathsByContent.TryGetValue(content, out var paths))
        {
            return;
        }

        if (paths is SortedSet<string> several)
        {
            several.Remove(path);
            if (several.Count == 1)
            {
                _pathsByContent[content] = several.Min!;
            }
        }
        else if (string.Equals((string)paths, path, StringComparison.Ordinal))
        {
            _pathsByContent.Remove(content);
        }
    }
}
