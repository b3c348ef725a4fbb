using System.IO.Compression;
using System.Xml;

namespace Archive.Indexer.Extraction.Docx;

/// <summary>
/// A read-only Open Packaging Conventions package over a ZIP: part lookup, content types and relationships.
/// It is deliberately lenient (case-insensitive names, missing content types) because Word opens such files,
/// and it reads nothing but the parts it is asked for, so a damaged part that is never needed does no harm.
/// </summary>
internal sealed class OfficePackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly ExpansionBudget _budget;
    private readonly XmlReaderSettings _xmlSettings;
    private readonly Dictionary<string, string> _defaultContentTypes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overrideContentTypes = new(StringComparer.OrdinalIgnoreCase);

    private OfficePackage(ZipArchive zip, ExpansionBudget budget)
    {
        _zip = zip;
        _budget = budget;
        _entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.Length > 0 && !entry.FullName.EndsWith('/'))
            {
                _entries.TryAdd(ToPartName(entry.FullName), entry);
            }
        }

        _xmlSettings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            // Whitespace between elements is layout of the XML, not text; w:t with xml:space="preserve" still keeps its spaces.
            IgnoreWhitespace = true,
            CloseInput = true,
            NameTable = new NameTable(),
        };
    }

    /// <summary>Opens the package; the ZIP's central directory is read here, the parts only on demand.</summary>
    /// <exception cref="InvalidDataException">The ZIP structure is damaged.</exception>
    /// <exception cref="ExtractionFailedException">The parts together declare more than <paramref name="maxExpandedBytes"/>.</exception>
    public static OfficePackage Open(byte[] content, long maxExpandedBytes)
    {
        var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        try
        {
            var budget = new ExpansionBudget(maxExpandedBytes);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > maxExpandedBytes)
                {
                    throw budget.TooLarge();
                }
            }

            var package = new OfficePackage(zip, budget);
            package.ReadContentTypes();
            return package;
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public IEnumerable<string> PartNames => _entries.Keys;

    public bool Contains(string partName) => _entries.ContainsKey(partName);

    /// <summary>The part's content type from [Content_Types].xml, or null when the package does not say.</summary>
    public string? GetContentType(string partName)
    {
        if (_overrideContentTypes.TryGetValue(partName, out var contentType))
        {
            return contentType;
        }

        var extension = Path.GetExtension(partName).TrimStart('.');
        return _defaultContentTypes.GetValueOrDefault(extension);
    }

    /// <summary>The relationships of a part, or of the package itself when <paramref name="sourcePartName"/> is "/".</summary>
    public IReadOnlyList<PartRelationship> GetRelationships(string sourcePartName)
    {
        var relationshipsPart = RelationshipsPartName(sourcePartName);
        if (!Contains(relationshipsPart))
        {
            return [];
        }

        var relationships = new List<PartRelationship>();
        using var reader = OpenXml(relationshipsPart);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
            {
                continue;
            }

            var id = reader.GetAttribute("Id");
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            if (id is null || type is null || target is null)
            {
                continue;
            }

            var isExternal = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            var resolved = isExternal ? target : ResolveTarget(sourcePartName, target);
            relationships.Add(new PartRelationship(id, type, resolved, isExternal));
        }

        return relationships;
    }

    /// <summary>Opens a part as XML; every byte read counts against the package's expansion limit.</summary>
    public XmlReader OpenXml(string partName)
    {
        var stream = new BudgetedReadStream(_entries[partName].Open(), _budget);
        return XmlReader.Create(stream, _xmlSettings);
    }

    /// <summary>Reads the first bytes of a part (for sniffing a format marker such as an ODF mimetype).</summary>
    public byte[] ReadPrefix(string partName, int maxBytes)
    {
        using var stream = new BudgetedReadStream(_entries[partName].Open(), _budget);
        var buffer = new byte[maxBytes];
        var total = 0;
        int read;
        while (total < maxBytes && (read = stream.Read(buffer, total, maxBytes - total)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>Resolves a relationship target (relative to its source part's folder) to an absolute part name.</summary>
    public static string ResolveTarget(string sourcePartName, string target)
    {
        var cut = target.IndexOfAny(['#', '?']);
        if (cut >= 0)
        {
            target = target[..cut];
        }

        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var baseFolder = target.StartsWith('/') ? string.Empty : sourcePartName[..(sourcePartName.LastIndexOf('/') + 1)];
        var segments = new List<string>();
        foreach (var segment in (baseFolder + target).Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        return "/" + string.Join('/', segments);
    }

    private static string RelationshipsPartName(string sourcePartName)
    {
        if (sourcePartName == "/")
        {
            return "/_rels/.rels";
        }

        var slash = sourcePartName.LastIndexOf('/');
        return sourcePartName[..(slash + 1)] + "_rels/" + sourcePartName[(slash + 1)..] + ".rels";
    }

    private static string ToPartName(string entryName)
    {
        var name = entryName.Replace('\\', '/');
        if (name.Contains('%'))
        {
            name = Uri.UnescapeDataString(name);
        }

        return name.StartsWith('/') ? name : "/" + name;
    }

    private void ReadContentTypes()
    {
        const string partName = "/[Content_Types].xml";
        if (!Contains(partName))
        {
            return;
        }

        using var reader = OpenXml(partName);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var contentType = reader.GetAttribute("ContentType");
            if (contentType is null)
            {
                continue;
            }

            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
            {
                _defaultContentTypes.TryAdd(extension.TrimStart('.'), contentType.Trim());
            }
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } overridden)
            {
                _overrideContentTypes.TryAdd(ToPartName(overridden), contentType.Trim());
            }
        }
    }
}
