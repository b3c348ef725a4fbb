using Archive.Ingestion.Extraction;
using Archive.Ingestion.Metadata.Titles;

namespace Archive.Ingestion.Metadata;

/// <summary>
/// Finds a document's headline, trusting first what the author marked: a Word paragraph in the Title style, then the
/// file's own title property, then the heading its layout shows (a PDF's largest text on the first page, Word's first
/// Heading 1), then the first line of the text that reads like a headline, and last the file name.
/// </summary>
internal static class TitleFinder
{
    public static Finding<string> Find(ExtractedText text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marked = text.MarkedTitle is { } candidate && HeadlineLine.IsTitle(candidate.Text) ? candidate : null;
        if (marked is { Mark: TitleMark.WordTitleStyle })
        {
            return new Finding<string>(marked.Text, ProvenanceSources.DocxTitleStyle);
        }

        if (!string.IsNullOrWhiteSpace(text.EmbeddedTitle))
        {
            return new Finding<string>(text.EmbeddedTitle.Trim(), ProvenanceSources.FileProperties);
        }

        if (marked is not null)
        {
            return new Finding<string>(marked.Text, Source(marked.Mark));
        }

        var firstPage = text.Pages.FirstOrDefault(page => page.Length > 0) ?? string.Empty;
        if (HeadlineLine.Find(firstPage) is { } headline)
        {
            return new Finding<string>(headline, ProvenanceSources.TextFirstLine);
        }

        return new Finding<string>(Path.GetFileNameWithoutExtension(fileName), ProvenanceSources.FileName);
    }

    private static string Source(TitleMark mark) => mark switch
    {
        TitleMark.WordTitleStyle => ProvenanceSources.DocxTitleStyle,
        TitleMark.WordHeading => ProvenanceSources.DocxHeading,
        TitleMark.PdfLargestText => ProvenanceSources.PdfLargestText,
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, "unknown title mark"),
    };
}
