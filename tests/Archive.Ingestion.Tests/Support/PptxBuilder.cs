using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Tests.Support;

/// <summary>
/// Writes PowerPoint presentations in memory with the Open XML SDK: the SDK lays out the package, and each slide's
/// shape tree and notes page are given as the PresentationML a test is about.
/// </summary>
public sealed class PptxBuilder
{
    public const string Namespaces =
        "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    private readonly List<(string Shapes, string? Notes, bool Hidden)> _slides = [];
    private int[]? _order;
    private string? _title;

    public static PptxBuilder Create() => new();

    /// <summary>A slide whose shape tree holds <paramref name="shapesXml"/>, with speaker notes when given.</summary>
    public PptxBuilder Slide(string shapesXml, string? notes = null, bool hidden = false)
    {
        _slides.Add((shapesXml, notes, hidden));
        return this;
    }

    /// <summary>The slide show's order, as indexes of the slides in the order they were added (the parts stay in that order).</summary>
    public PptxBuilder ShowInOrder(params int[] order)
    {
        _order = order;
        return this;
    }

    public PptxBuilder Title(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>A text shape, one paragraph per line; <paramref name="placeholder"/> is a placeholder type ("title", "body", "sldNum" …).</summary>
    public static string Shape(string text, string? placeholder = null, int id = 2)
    {
        var ph = placeholder is null ? string.Empty : $"<p:ph type=\"{placeholder}\"/>";
        var paragraphs = string.Concat(text.Split('\n').Select(line => $"<a:p><a:r><a:rPr lang=\"da-DK\"/><a:t>{SecurityElement.Escape(line)}</a:t></a:r></a:p>"));
        return $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Figur {id}\"/><p:cNvSpPr/><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr/>"
            + $"<p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp>";
    }

    /// <summary>A table, one array of cell texts per row.</summary>
    public static string Table(params string[][] rows)
    {
        var body = string.Concat(rows.Select(row =>
            "<a:tr h=\"370840\">" + string.Concat(row.Select(cell => $"<a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:t>{SecurityElement.Escape(cell)}</a:t></a:r></a:p></a:txBody><a:tcPr/></a:tc>")) + "</a:tr>"));
        return "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"9\" name=\"Tabel\"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm/>"
            + $"<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblGrid/>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>";
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentation = document.AddPresentationPart();
            var relationshipIds = new List<string>();
            foreach (var (shapes, notes, hidden) in _slides)
            {
                var slide = presentation.AddNewPart<SlidePart>();
                Write(slide, $"<p:sld {Namespaces}{(hidden ? " show=\"0\"" : string.Empty)}><p:cSld><p:spTree>{GroupProperties}{shapes}</p:spTree></p:cSld></p:sld>");
                if (notes is not null)
                {
                    var notesShapes = "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slidebillede\"/><p:cNvSpPr/><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
                        + Shape(notes, "body", 3) + Shape("17", "sldNum", 4);
                    Write(slide.AddNewPart<NotesSlidePart>(), $"<p:notes {Namespaces}><p:cSld><p:spTree>{GroupProperties}{notesShapes}</p:spTree></p:cSld></p:notes>");
                }

                relationshipIds.Add(presentation.GetIdOfPart(slide));
            }

            var order = _order ?? [.. Enumerable.Range(0, _slides.Count)];
            var list = string.Concat(order.Select((slide, position) => $"<p:sldId id=\"{256 + position}\" r:id=\"{relationshipIds[slide]}\"/>"));
            Write(presentation, $"<p:presentation {Namespaces}><p:sldIdLst>{list}</p:sldIdLst><p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>");

            if (_title is not null)
            {
                document.PackageProperties.Title = _title;
            }
        }

        return stream.ToArray();
    }

    private const string GroupProperties = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>";

    private static void Write(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create);
        stream.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
    }
}
