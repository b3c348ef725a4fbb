using Archive.Ingestion.Outcomes;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction.Spreadsheet;

/// <summary>
/// Puts a workbook's text together: one page per visible sheet in the order of the tabs, each starting with the
/// sheet's name, then its rows (<see cref="WorksheetWalker"/>). The title comes from the core properties.
/// </summary>
/// <remarks>
/// Hidden and very hidden sheets are left out, like hidden text in a Word file: they hold lookup lists, helper
/// calculations and old versions that the workbook does not show its reader, and a hit there could not be found
/// on any page the reader sees. Chart sheets have a page with their name only.
/// </remarks>
internal static class WorkbookReader
{
    public const string What = "the Excel file";

    public static ExtractedText Read(SpreadsheetDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var workbook = document.WorkbookPart
            ?? throw new ExtractionFailedException(FailureReason.Corrupt, "not an Excel workbook: the package has no workbook part");
        var layout = WorkbookSheets.Read(workbook);
        var visible = layout.Sheets.Where(sheet => !sheet.IsHidden).ToList();
        if (visible.Count == 0)
        {
            throw new ExtractionFailedException(FailureReason.Empty, layout.Sheets.Count == 0 ? "the workbook has no sheets" : "every sheet of the workbook is hidden");
        }

        var strings = workbook.SharedStringTablePart is { } table ? SharedStrings.Read(table, What, cancellationToken) : SharedStrings.None;
        var styles = workbook.WorkbookStylesPart is { } stylesPart ? CellStyles.Read(stylesPart) : CellStyles.None;
        var sink = new TextSink(What);
        var walker = new WorksheetWalker(sink, strings, styles, layout.Uses1904Dates);
        var starts = new List<int>(visible.Count);
        var values = 0;
        foreach (var sheet in visible)
        {
            cancellationToken.ThrowIfCancellationRequested();
            starts.Add(sink.Position);
            sink.Append(sheet.Name);
            sink.Append('\n');
            if (workbook.TryGetPartById(sheet.RelationshipId, out var part) && part is WorksheetPart worksheet)
            {
                values += walker.Walk(worksheet, cancellationToken);
            }
        }

        if (values == 0)
        {
            throw new ExtractionFailedException(FailureReason.Empty, "the workbook's visible sheets hold no values");
        }

        var pages = PageSplitter.SplitAtStarts(sink.ToString(), starts);
        return new ExtractedText([.. pages.Select(TextNormalizer.Normalize)], PackagePropertiesTitle.Read(document));
    }
}
