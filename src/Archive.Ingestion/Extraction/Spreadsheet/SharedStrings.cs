using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction.Spreadsheet;

/// <summary>
/// The workbook's shared string table: most text cells hold only an index into it. The table is held to what a
/// document may hold (<see cref="ExtractionLimits.MaxDocumentCharacters"/>, each entry counting at least one), so
/// that a small file cannot unpack into millions of strings before a single cell is read.
/// </summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items;

    private SharedStrings(List<string> items)
    {
        _items = items;
    }

    public static SharedStrings None { get; } = new([]);

    /// <summary>The text of entry <paramref name="index"/>, or null when the table has no such entry.</summary>
    public string? this[int index] => index >= 0 && index < _items.Count ? _items[index] : null;

    public static SharedStrings Read(SharedStringTablePart part, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        var items = new List<string>();
        long budget = ExtractionLimits.MaxDocumentCharacters;
        using var reader = PartXml.Open(part);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                var text = RichText.Read(reader);
                budget -= text.Length + 1;
                if (budget < 0)
                {
                    throw ExtractionLimits.TooMuchText(what);
                }

                if (items.Count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                items.Add(text);
            }
        }

        return new SharedStrings(items);
    }
}
