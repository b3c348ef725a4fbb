using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Archive.Ingestion.Tests.Support;

/// <summary>PDFs as a scanner makes them: each page a picture filling an A4 page, with no text layer; optionally pages of text among them.</summary>
internal static class ScannedPdf
{
    /// <summary>One A4 page per picture (PNG), and nothing else.</summary>
    public static byte[] Of(params GreyImage[] pages) => Mixed([.. pages.Select(page => (page, (string?)null))]);

    /// <summary>Pages in order: a picture (PNG) or, where the picture is null, a line of text in Helvetica (ASCII: the standard font's encoding has no å).</summary>
    public static byte[] Mixed(IReadOnlyList<(GreyImage? Picture, string? Text)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var (picture, text) in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            if (picture is not null)
            {
                page.AddPng(picture.ToPng(), new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
            }
            else
            {
                page.AddText(text ?? string.Empty, 12, new PdfPoint(72, 720), font);
            }
        }

        return builder.Build();
    }
}
