using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction.Spreadsheet;

/// <summary>One sheet as the workbook lists it, in the order of its tabs.</summary>
/// <param name="Name">The name on the sheet's tab.</param>
/// <param name="RelationshipId">The workbook part's relationship to the sheet's part.</param>
/// <param name="IsHidden">Hidden or "very hidden" (visible only to macros): such a sheet is not read.</param>
internal sealed record SheetEntry(string Name, string RelationshipId, bool IsHidden);

/// <summary>What workbook.xml says about the sheets: their tabs in order, and the date system the cells count in.</summary>
/// <param name="Uses1904Dates">Dates count days from 1904-01-01 (old Mac workbooks) instead of from 1900.</param>
internal sealed record WorkbookSheets(IReadOnlyList<SheetEntry> Sheets, bool Uses1904Dates)
{
    public static WorkbookSheets Read(WorkbookPart workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var sheets = new List<SheetEntry>();
        var uses1904 = false;
        using var reader = PartXml.Open(workbook);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "workbookPr")
            {
                uses1904 = PartXml.Attribute(reader, "date1904") is "1" or "true";
            }
            else if (reader.LocalName == "sheet" && PartXml.RelationshipId(reader) is { } relationshipId)
            {
                var state = PartXml.Attribute(reader, "state");
                sheets.Add(new SheetEntry(PartXml.Attribute(reader, "name") ?? string.Empty, relationshipId, state is "hidden" or "veryHidden"));
            }
        }

        return new WorkbookSheets(sheets, uses1904);
    }
}
