using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// The durable list of files that could not be ingested. Saved as JSON beside the index after each commit,
/// written to a temporary file and renamed over the old one, so a crash leaves either the old or the new list.
/// </summary>
internal sealed class FailureLog
{
    public const string FileName = "ingest-failures.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly string _path;
    private readonly Dictionary<string, IngestFailure> _failures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _dirty;

    private FailureLog(string path)
    {
        _path = path;
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _failures.Count;
            }
        }
    }

    public static FailureLog Load(string indexDirectory)
    {
        var log = new FailureLog(Path.Combine(indexDirectory, FileName));
        if (!File.Exists(log._path))
        {
            return log;
        }

        try
        {
            foreach (var failure in JsonSerializer.Deserialize<List<IngestFailure>>(File.ReadAllBytes(log._path), Json) ?? [])
            {
                log._failures[failure.Path] = failure;
            }
        }
        catch (JsonException)
        {
            // A hand-edited or damaged list is set aside, not fatal: its files are simply tried again.
            File.Move(log._path, log._path + ".unreadable", overwrite: true);
            log._failures.Clear();
        }

        return log;
    }

    /// <summary>Every failure, ordered by path.</summary>
    public IReadOnlyList<IngestFailure> All()
    {
        lock (_lock)
        {
            return _failures.Values.OrderBy(failure => failure.Path, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>True when any failure matches, without copying or sorting the list.</summary>
    public bool Any(Func<IngestFailure, bool> predicate)
    {
        lock (_lock)
        {
            return _failures.Values.Any(predicate);
        }
    }

    public bool TryGet(string path, out IngestFailure failure)
    {
        lock (_lock)
        {
            return _failures.TryGetValue(path, out failure!);
        }
    }

    public void Record(IngestFailure failure)
    {
        lock (_lock)
        {
            _failures[failure.Path] = failure;
            _dirty = true;
        }
    }

    public bool Remove(string path)
    {
        lock (_lock)
        {
            var removed = _failures.Remove(path);
            _dirty |= removed;
            return removed;
        }
    }

    /// <summary>Drops every failure the predicate rejects (used to forget files that were fixed or deleted).</summary>
    public void RemoveWhere(Func<IngestFailure, bool> predicate)
    {
        lock (_lock)
        {
            foreach (var path in _failures.Values.Where(predicate).Select(failure => failure.Path).ToList())
            {
                _failures.Remove(path);
                _dirty = true;
            }
        }
    }

    public void Save()
    {
        byte[] json;
        lock (_lock)
        {
            if (!_dirty)
            {
                return;
            }

            json = JsonSerializer.SerializeToUtf8Bytes(_failures.Values.OrderBy(failure => failure.Path, StringComparer.Ordinal), Json);
            _dirty = false;
        }

        var temporary = _path + ".tmp";
        File.WriteAllBytes(temporary, json);
        File.Move(temporary, _path, overwrite: true);
    }
}
