namespace Archive.Ingestion.Extraction.Docx;

/// <summary>Which kind of part a section refers to.</summary>
internal enum SectionPartKind
{
    Header,
    Footer,
}

/// <summary>A w:headerReference or w:footerReference: its section (0-based, in document order), page type and relationship id.</summary>
internal sealed record SectionPartReference(int Section, SectionPartKind Kind, string PageType, string RelationshipId);

/// <summary>What a walk over one WordprocessingML part produced.</summary>
/// <param name="Text">The raw (not yet normalized) text.</param>
/// <param name="RenderedPageBreaks">Offsets in <paramref name="Text"/> of w:lastRenderedPageBreak marks.</param>
/// <param name="ExplicitPageBreaks">Offsets of explicit page breaks (w:br type="page", pageBreakBefore, section breaks).</param>
/// <param name="SectionParts">Header and footer references of the sections, in document order.</param>
/// <param name="TitleParagraph">The raw text of the first paragraph in the Title style, if any.</param>
/// <param name="HeadingParagraph">The raw text of the first paragraph in the Heading 1 style, if any.</param>
internal sealed record WordPartText(
    string Text,
    IReadOnlyList<int> RenderedPageBreaks,
    IReadOnlyList<int> ExplicitPageBreaks,
    IReadOnlyList<SectionPartReference> SectionParts,
    string? TitleParagraph = null,
    string? HeadingParagraph = null);
