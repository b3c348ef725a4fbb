using System.Xml;
using Archive.Ingestion.Outcomes;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction.Presentation;

/// <summary>
/// Puts a presentation's text together: one page per slide in the order of the slide show (presentation.xml's slide
/// list, not the order of the parts in the file), each with the slide's text (<see cref="SlideWalker"/>) followed by
/// its speaker notes. The title is the title placeholder of the first slide, else the core properties' title.
/// </summary>
/// <remarks>
/// A hidden slide keeps its page, empty: it is not shown in the slide show, so it is not what the presentation
/// states, but page N must stay slide N for every cited page to be found where the reader looks.
/// </remarks>
internal static class PresentationReader
{
    public const string What = "the PowerPoint file";

    public static ExtractedText Read(PresentationDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var presentation = document.PresentationPart
            ?? throw new ExtractionFailedException(FailureReason.Corrupt, "not a PowerPoint presentation: the package has no presentation part");
        var slideIds = SlideRelationshipIds(presentation);
        if (slideIds.Count == 0)
        {
            throw new ExtractionFailedException(FailureReason.Empty, "the presentation has no slides");
        }

        var sink = new TextSink(What);
        var starts = new List<int>(slideIds.Count);
        string? firstSlideTitle = null;
        for (var i = 0; i < slideIds.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            starts.Add(sink.Position);
            if (!presentation.TryGetPartById(slideIds[i], out var part) || part is not SlidePart slide)
            {
                continue;
            }

            SlideFacts facts;
            using (var reader = PartXml.Open(slide))
            {
                facts = SlideWalker.WalkSlide(reader, sink, cancellationToken);
            }

            if (i == 0)
            {
                firstSlideTitle = facts.Title;
            }

            if (!facts.IsHidden && slide.NotesSlidePart is { } notes)
            {
                sink.EnsureLineStart();
                using var reader = PartXml.Open(notes);
                SlideWalker.WalkNotes(reader, sink, cancellationToken);
            }
        }

        var pages = PageSplitter.SplitAtStarts(sink.ToString(), starts);
        var title = EmbeddedTitle.Clean(firstSlideTitle?.ReplaceLineEndings(" ")) ?? PackagePropertiesTitle.Read(document);
        return new ExtractedText([.. pages.Select(TextNormalizer.Normalize)], title);
    }

    /// <summary>The relationship ids of the slides, in the order of presentation.xml's slide list (p:sldIdLst).</summary>
    private static List<string> SlideRelationshipIds(PresentationPart presentation)
    {
        var ids = new List<string>();
        using var reader = PartXml.Open(presentation);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sldId" && PartXml.RelationshipId(reader) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
