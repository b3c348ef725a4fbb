using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction.Spreadsheet;

/// <summary>
/// Writes a worksheet's cells into the workbook's text: each row that holds a value is one line, its cells in
/// column order separated by one tab (empty cells are left out, so a sparse row cannot become a line of tabs).
/// A formula's cell holds the value Excel last calculated and saved; the formula itself is never read.
/// The sheet's data is read from its stream with a forward-only reader, so a sheet of a million rows costs its
/// text, not its object model.
/// </summary>
internal sealed class WorksheetWalker
{
    private readonly TextSink _sink;
    private readonly SharedStrings _strings;
    private readonly CellStyles _styles;
    private readonly bool _uses1904Dates;

    public WorksheetWalker(TextSink sink, SharedStrings strings, CellStyles styles, bool uses1904Dates)
    {
        _sink = sink;
        _strings = strings;
        _styles = styles;
        _uses1904Dates = uses1904Dates;
    }

    /// <summary>Writes the sheet's rows; returns how many cells had a value.</summary>
    public int Walk(WorksheetPart sheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var reader = PartXml.Open(sheet);
        var values = 0;
        var inRow = false;
        var cellsInRow = 0;
        var nodes = 0;
        while (reader.Read())
        {
            if (++nodes % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && inRow)
            {
                EndRow(cellsInRow);
                inRow = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "row")
            {
                inRow = !reader.IsEmptyElement;
                cellsInRow = 0;
            }
            else if (reader.LocalName == "c" && inRow && ReadCell(reader) is { } value && TextSink.HasText(value))
            {
                if (cellsInRow > 0)
                {
                    _sink.Append('\t');
                }

                // A line break inside a cell (Alt+Enter) must not end the row's line.
                _sink.Append(value.ReplaceLineEndings(" ").Replace('\t', ' '));
                cellsInRow++;
                values++;
            }
        }

        return values;
    }

    private void EndRow(int cellsInRow)
    {
        if (cellsInRow > 0)
        {
            _sink.Append('\n');
        }
    }

    /// <summary>The text a cell shows, or null; leaves the reader on the cell's end tag.</summary>
    private string? ReadCell(XmlReader reader)
    {
        var type = PartXml.Attribute(reader, "t");
        var style = int.TryParse(PartXml.Attribute(reader, "s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var depth = reader.Depth;
        string? stored = null;
        string? inline = null;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
            {
                stored = reader.ReadElementContentAsString();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                inline = RichText.Read(reader);
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                // The formula (f) and any extension: the cached value in v is what the sheet shows.
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        return type switch
        {
            "inlineStr" => inline,
            "s" => int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? _strings[index] : null,
            "str" => stored,
            // Danish Excel shows TRUE and FALSE as SAND and FALSK.
            "b" => stored switch { "1" => "SAND", "0" => "FALSK", _ => null },
            // #DIV/0!, #N/A …: an error is no text of the document.
            "e" => null,
            "d" => stored,
            _ => stored is null ? null : CellNumber.Format(stored, _styles.KindOf(style), _uses1904Dates),
        };
    }
}
