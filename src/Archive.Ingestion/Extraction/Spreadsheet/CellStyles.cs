using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction.Spreadsheet;

/// <summary>What a number cell's value means, as its number format says.</summary>
internal enum NumberKind
{
    Number,
    Date,
    DateTime,
    Time,
}

/// <summary>
/// The cell formats of the workbook's styles part, reduced to the one thing the text needs: whether a cell's number
/// is a date or a time. Excel stores 12 October 2017 as the number 43020 and only the format makes it a date, so
/// without this a dated row would be indexed as a count of days.
/// </summary>
internal sealed class CellStyles
{
    private readonly List<NumberKind> _kinds;

    private CellStyles(List<NumberKind> kinds)
    {
        _kinds = kinds;
    }

    public static CellStyles None { get; } = new([]);

    /// <summary>The kind of number that cells of style index <paramref name="styleIndex"/> (the c element's s) hold.</summary>
    public NumberKind KindOf(int styleIndex) => styleIndex >= 0 && styleIndex < _kinds.Count ? _kinds[styleIndex] : NumberKind.Number;

    public static CellStyles Read(WorkbookStylesPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var customFormats = new Dictionary<int, string>();
        var formatOfStyle = new List<int>();
        using var reader = PartXml.Open(part);
        var inCellFormats = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when ParseId(reader) is { } id:
                    customFormats[id] = PartXml.Attribute(reader, "formatCode") ?? string.Empty;
                    break;
                case "cellXfs":
                    inCellFormats = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    formatOfStyle.Add(ParseId(reader) ?? 0);
                    break;
                default:
                    break;
            }
        }

        return new CellStyles([.. formatOfStyle.Select(id => customFormats.TryGetValue(id, out var code) ? Classify(code) : BuiltIn(id))]);
    }

    private static int? ParseId(XmlReader reader) =>
        int.TryParse(PartXml.Attribute(reader, "numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The formats every Excel knows by number (ECMA-376 part 1, 18.8.30): 14–17 dates, 18–21 and 45–47 times, 22 both.</summary>
    private static NumberKind BuiltIn(int id) => id switch
    {
        >= 14 and <= 17 => NumberKind.Date,
        >= 18 and <= 21 or >= 45 and <= 47 => NumberKind.Time,
        22 => NumberKind.DateTime,
        _ => NumberKind.Number,
    };

    /// <summary>
    /// Reads a custom format code such as <c>d. mmmm yyyy</c>, <c>[$-406]dd-mm-yyyy hh:mm</c> or <c>#.##0 "kr."</c>:
    /// only its first section counts, and quoted text, escaped characters, padding and [bracketed] locale or colour
    /// codes are not letters of the format. Days or years make a date; hours or seconds a time; both a date with time.
    /// </summary>
    internal static NumberKind Classify(string formatCode)
    {
        ArgumentNullException.ThrowIfNull(formatCode);
        var letters = new StringBuilder();
        for (var i = 0; i < formatCode.Length; i++)
        {
            var c = formatCode[i];
            if (c == ';')
            {
                break;
            }

            switch (c)
            {
                case '"':
                    i = formatCode.IndexOf('"', i + 1) is var close and >= 0 ? close : formatCode.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = formatCode.IndexOf(']', i + 1);
                    var inside = end < 0 ? string.Empty : formatCode[(i + 1)..end].ToLowerInvariant();
                    // [h], [mm] and [ss] are elapsed times; anything else in brackets is a colour, a condition or a locale.
                    if (inside.Length > 0 && inside.All(ch => ch is 'h' or 'm' or 's'))
                    {
                        letters.Append(inside);
                    }

                    i = end < 0 ? formatCode.Length : end;
                    break;
                default:
                    letters.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        var text = letters.ToString();
        var isDate = text.Contains('d') || text.Contains('y');
        var isTime = text.Contains('h') || text.Contains('s');
        return (isDate, isTime) switch
        {
            (true, true) => NumberKind.DateTime,
            (true, false) => NumberKind.Date,
            (false, true) => NumberKind.Time,
            _ => NumberKind.Number,
        };
    }
}
