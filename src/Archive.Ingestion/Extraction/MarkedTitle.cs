namespace Archive.Ingestion.Extraction;

/// <summary>How a file's format marks a line as its headline.</summary>
internal enum TitleMark
{
    /// <summary>A Word paragraph in the Title style.</summary>
    WordTitleStyle,

    /// <summary>Word's first paragraph in the Heading 1 style.</summary>
    WordHeading,

    /// <summary>The largest text on a PDF's first page with text.</summary>
    PdfLargestText,
}

/// <summary>A headline that the file's layout or styles mark as such, and how they mark it.</summary>
internal sealed record MarkedTitle(string Text, TitleMark Mark);
