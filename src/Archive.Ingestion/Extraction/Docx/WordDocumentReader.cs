using System.Text;
using System.Xml;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction.Docx;

/// <summary>
/// Puts a Word document's text together from its parts: the body cut into pages, every distinct header
/// at the top of the first page, and the footnotes, endnotes and every distinct footer at the end of the last.
/// </summary>
internal static class WordDocumentReader
{
    // The order in which a section's headers and footers are read: the first page, then the others.
    private static readonly string[] PageTypeOrder = ["first", "default", "even"];

    public static ExtractedText Read(WordPackage package, CancellationToken cancellationToken)
    {
        WordPartText body;
        using (var reader = package.OpenMainPart())
        {
            body = WordPartWalker.Walk(reader, "document", cancellationToken, WordHeadingStyles.Read(package))
                ?? throw new ExtractionFailedException(FailureReason.Corrupt, WordPackage.NoMainPartMessage);
        }

        var headers = ReadSectionParts(package, body.SectionParts, SectionPartKind.Header, cancellationToken);
        var footers = ReadSectionParts(package, body.SectionParts, SectionPartKind.Footer, cancellationToken);
        var footnotes = ReadSecondaryPart(package.OpenFootnotes, "footnotes", cancellationToken) ?? string.Empty;
        var endnotes = ReadSecondaryPart(package.OpenEndnotes, "endnotes", cancellationToken) ?? string.Empty;

        // Word records where it last broke the pages; without those marks only the explicit breaks are known.
        var breaks = body.RenderedPageBreaks.Count > 0 ? body.RenderedPageBreaks : body.ExplicitPageBreaks;
        var pages = PageSplitter.Split(body.Text, breaks);
        pages[0] = Join(headers, pages[0]);
        pages[^1] = Join([pages[^1], footnotes, endnotes, .. footers]);

        var normalized = pages.Select(TextNormalizer.Normalize).ToList();
        return new ExtractedText(normalized, CorePropertiesTitle.Read(package), StyledTitle(body));
    }

    /// <summary>The first paragraph in the Title style, else the first in Heading 1, as one line.</summary>
    private static MarkedTitle? StyledTitle(WordPartText body)
    {
        static string? OneLine(string? text) =>
            text is null ? null : string.Join(' ', TextNormalizer.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } line ? line : null;

        return OneLine(body.TitleParagraph) is { } title ? new MarkedTitle(title, TitleMark.WordTitleStyle)
            : OneLine(body.HeadingParagraph) is { } heading ? new MarkedTitle(heading, TitleMark.WordHeading)
            : null;
    }

    /// <summary>The text of each distinct header (or footer), in section order: first page, default, even.</summary>
    private static List<string> ReadSectionParts(
        WordPackage package,
        IReadOnlyList<SectionPartReference> references,
        SectionPartKind kind,
        CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var seenTexts = new HashSet<string>(StringComparer.Ordinal);
        var root = kind == SectionPartKind.Header ? "hdr" : "ftr";
        var ordered = references
            .Where(reference => reference.Kind == kind)
            .OrderBy(reference => reference.Section)
            .ThenBy(reference => PageTypeRank(reference.PageType));
        foreach (var reference in ordered)
        {
            // Sections that repeat the previous header refer to it by the same relationship id.
            if (!seenIds.Add(reference.RelationshipId))
            {
                continue;
            }

            var text = ReadSecondaryPart(() => package.OpenReferencedPart(reference.RelationshipId), root, cancellationToken);
            if (text is not null && TextSink.HasText(text) && seenTexts.Add(TextNormalizer.Normalize(text)))
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    private static int PageTypeRank(string pageType)
    {
        var rank = Array.IndexOf(PageTypeOrder, pageType);
        return rank < 0 ? PageTypeOrder.Length : rank;
    }

    /// <summary>
    /// Reads a header, footer or notes part. A damaged or missing one is left out rather than failing the
    /// document: the body is what the archive must make searchable.
    /// </summary>
    private static string? ReadSecondaryPart(Func<XmlReader?> open, string root, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var reader = open();
            return reader is null ? null : WordPartWalker.Walk(reader, root, cancellationToken)?.Text;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    private static string Join(IEnumerable<string> before, string after) => Join([.. before, after]);

    private static string Join(IEnumerable<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var untrimmed in parts)
        {
            // Each part ends its last paragraph with a newline; one newline separates parts.
            var part = untrimmed.Trim(' ', '\n');
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
