using Archive.Ingestion.Outcomes;
using System.Text;
using System.Text.Json;
using Archive.Lucene;

namespace Archive.Ingestion.Metadata;

/// <summary>
/// A folder's <c>metadata.csv</c>: one row per file of that folder, a header row naming <c>fileName</c> and any
/// sidecar fields (the names of <see cref="MetadataFields"/>).
/// Columns are separated by ';' (as Danish Excel saves) or ','; values may be quoted; several topics are
/// separated by '|'. A row overrides what the text says, as a sidecar does; a file's own sidecar wins over its row.
/// </summary>
internal static class MetadataCsv
{
    public const string FileName = "metadata.csv";

    public const string ProvenanceName = ProvenanceSources.MetadataCsv;

    private const string FileNameColumn = "fileName";

    /// <summary>
    /// Where the problems of one document's row are listed among the failures: "folder/metadata.csv#brev.pdf".
    /// One entry per row, so each document's row is reported, and cleared, on its own.
    /// </summary>
    public static string RowPathFor(string documentRelativePath)
    {
        ArgumentNullException.ThrowIfNull(documentRelativePath);
        var slash = documentRelativePath.LastIndexOf('/');
        return (slash < 0 ? string.Empty : documentRelativePath[..(slash + 1)]) + FileName + "#" + documentRelativePath[(slash + 1)..];
    }

    /// <summary>The csv beside <paramref name="documentFullPath"/>.</summary>
    public static string PathFor(string documentFullPath) =>
        Path.Combine(Path.GetDirectoryName(documentFullPath) ?? string.Empty, FileName);

    /// <summary>The row for <paramref name="documentFullPath"/> in its folder's csv, read like a sidecar; null when there is none.</summary>
    public static Sidecar? ReadRowFor(string documentFullPath)
    {
        var path = PathFor(documentFullPath);
        if (!File.Exists(path))
        {
            return null;
        }

        string content;
        try
        {
            content = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Sidecar(new DocumentMetadata(), [$"{FileName} could not be read: {ReadProblems.Describe(exception)}"]);
        }

        return RowFor(content, Path.GetFileName(documentFullPath));
    }

    /// <summary>The row for <paramref name="fileName"/> in csv <paramref name="content"/>; null when the file has no row.</summary>
    public static Sidecar? RowFor(string content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rows = ReadRows(content.TrimStart('\uFEFF'));
        if (rows.Count == 0)
        {
            return null;
        }

        var header = rows[0];
        var fileColumn = header.FindIndex(name => name.Equals(FileNameColumn, StringComparison.OrdinalIgnoreCase));
        if (fileColumn < 0)
        {
            return new Sidecar(new DocumentMetadata(), [$"{FileName} needs a '{FileNameColumn}' column in its header row"]);
        }

        var row = rows.Skip(1).FirstOrDefault(cells => fileColumn < cells.Count && cells[fileColumn].Equals(fileName, StringComparison.OrdinalIgnoreCase));
        return row is null ? null : Sidecar.Parse(ToJson(header, row, fileColumn), ProvenanceName);
    }

    /// <summary>A row as a sidecar object, so that both are checked by the same rules.</summary>
    private static byte[] ToJson(List<string> header, List<string> row, int fileColumn)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < header.Count && i < row.Count; i++)
            {
                if (i == fileColumn || string.IsNullOrWhiteSpace(row[i]))
                {
                    continue;
                }

                if (MetadataFields.Named(header[i]) is { Multiple: true })
                {
                    json.WriteStartArray(header[i]);
                    foreach (var topic in row[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        json.WriteStringValue(topic);
                    }

                    json.WriteEndArray();
                }
                else
                {
                    json.WriteString(header[i], row[i].Trim());
                }
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Splits csv text into rows of cells: quoted cells may hold separators, quotes ("") and line breaks.</summary>
    private static List<List<string>> ReadRows(string content)
    {
        var firstLine = content.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(cell.ToString().Trim());
                cell.Clear();
                if (row.Any(value => value.Length > 0))
                {
                    rows.Add(row);
                }

                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        row.Add(cell.ToString().Trim());
        if (row.Any(value => value.Length > 0))
        {
            rows.Add(row);
        }

        return rows;
    }
}
