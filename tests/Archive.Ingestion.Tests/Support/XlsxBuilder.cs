using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Tests.Support;

/// <summary>
/// Writes Excel workbooks in memory with the Open XML SDK: the SDK lays out the package (content types,
/// relationships), and each sheet's data is given as the SpreadsheetML a test is about.
/// </summary>
public sealed class XlsxBuilder
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly List<(string Name, string SheetData, string? State)> _sheets = [];
    private readonly List<string> _sharedStrings = [];
    private string? _stylesXml;
    private string? _title;
    private bool _uses1904Dates;

    public static XlsxBuilder Create() => new();

    /// <summary>A sheet whose sheetData holds <paramref name="rowsXml"/>; <paramref name="state"/> is "hidden" or "veryHidden".</summary>
    public XlsxBuilder Sheet(string name, string rowsXml, string? state = null)
    {
        _sheets.Add((name, rowsXml, state));
        return this;
    }

    /// <summary>Entries of the shared string table, each an si's inner XML or plain text (then escaped).</summary>
    public XlsxBuilder SharedStrings(params string[] items)
    {
        _sharedStrings.AddRange(items);
        return this;
    }

    /// <summary>The styleSheet's inner XML (numFmts, cellXfs …).</summary>
    public XlsxBuilder Styles(string innerXml)
    {
        _stylesXml = innerXml;
        return this;
    }

    public XlsxBuilder Title(string title)
    {
        _title = title;
        return this;
    }

    public XlsxBuilder With1904Dates()
    {
        _uses1904Dates = true;
        return this;
    }

    public static string Row(int number, params string[] cells) => $"<row r=\"{number}\">{string.Concat(cells)}</row>";

    public static string Shared(string reference, int index) => $"<c r=\"{reference}\" t=\"s\"><v>{index}</v></c>";

    public static string Inline(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{text}</t></is></c>";

    public static string Number(string reference, string value, int? style = null) =>
        $"<c r=\"{reference}\"{(style is { } s ? $" s=\"{s}\"" : string.Empty)}><v>{value}</v></c>";

    public static string Formula(string reference, string formula, string cached, string? type = null) =>
        $"<c r=\"{reference}\"{(type is null ? string.Empty : $" t=\"{type}\"")}><f>{formula}</f><v>{cached}</v></c>";

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheets = new StringBuilder();
            for (var i = 0; i < _sheets.Count; i++)
            {
                var (name, rows, state) = _sheets[i];
                var part = workbook.AddNewPart<WorksheetPart>();
                Write(part, $"<worksheet xmlns=\"{Main}\"><sheetData>{rows}</sheetData></worksheet>");
                sheets.Append($"<sheet name=\"{name}\" sheetId=\"{i + 1}\"{(state is null ? string.Empty : $" state=\"{state}\"")} r:id=\"{workbook.GetIdOfPart(part)}\"/>");
            }

            var properties = _uses1904Dates ? "<workbookPr date1904=\"1\"/>" : string.Empty;
            Write(workbook, $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\">{properties}<sheets>{sheets}</sheets></workbook>");

            if (_sharedStrings.Count > 0)
            {
                var items = string.Concat(_sharedStrings.Select(item => item.StartsWith('<') ? $"<si>{item}</si>" : $"<si><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(item)}</t></si>"));
                Write(workbook.AddNewPart<SharedStringTablePart>(), $"<sst xmlns=\"{Main}\" count=\"{_sharedStrings.Count}\">{items}</sst>");
            }

            if (_stylesXml is not null)
            {
                Write(workbook.AddNewPart<WorkbookStylesPart>(), $"<styleSheet xmlns=\"{Main}\">{_stylesXml}</styleSheet>");
            }

            if (_title is not null)
            {
                document.PackageProperties.Title = _title;
            }
        }

        return stream.ToArray();
    }

    private static void Write(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create);
        stream.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
    }
}
