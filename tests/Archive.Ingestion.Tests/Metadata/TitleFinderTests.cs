using Archive.Ingestion.Extraction;
using Archive.Ingestion.Metadata;
using Archive.Lucene;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PdfPoint = UglyToad.PdfPig.Core.PdfPoint;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class TitleFinderTests
{
    private static readonly TextExtraction Extraction = new([new PdfTextExtractor(), new DocxTextExtractor()], ExtractionLimits.Default);

    [Theory]
    [InlineData("raadet-for-socialt-udsatte/kommunernes-budgetter-udsatteomraadet-2014.pdf", "Kommunernes budgetter for udsatteområdet")]
    [InlineData("slagelse/politiske-pejlemaerker-2019.pdf", "Politiske pejlemærker")]
    [InlineData("koebenhavn/pilotprojekt-udsatte-kontanthjaelpsmodtagere-2012.docx", "Pilotprojekt vedrørende forstærket indsats overfor udsatte kontanthjælpsmodtagere")]
    public async Task Build_BundledDocument_TakesItsHeadline(string relative, string title)
    {
        var content = await File.ReadAllBytesAsync(TestData.BundledCorpusFile(relative));
        var text = (await Extraction.ExtractAsync(content, relative, CancellationToken.None)).Text!;

        Assert.Equal(title, TestMetadata.Builder.Build(text, Path.GetFileName(relative), sidecar: null).Title);
    }

    [Theory]
    [InlineData("You are here\nReferat\nDato: Torsdag, Marts 7, 2019", "Referat")]
    [InlineData("Gå til hovedindhold\nFrederiksberg Kommune\nHovedmenu\nVelkommen til Frederiksberg Kommune\nReferat til mødet i Socialudvalget", "Referat til mødet i Socialudvalget")]
    [InlineData("Skip til hoved indholdet\nHjem Borger Handicap Serviceniveauer på socialområdet\nServiceniveauer på socialområdet", "Serviceniveauer på socialområdet")]
    [InlineData("Vi bruger cookies til statistik.\nAccepter cookies\nReferat - Social- og Sundhedsudvalget den 30. november 2015", "Referat - Social- og Sundhedsudvalget den 30. november 2015")]
    [InlineData("Mødedato: 20.08.2021, kl. 09:00\nMødested: Rådhuset\nStatus på hjemløseplan\nSe alle bilag", "Status på hjemløseplan")]
    [InlineData("Udvalg: Handicaprådet\nMødedato: 3. september 2020\nDagsordenpunkter\n11. Budget - forslag 2021-2024", "Budget - forslag 2021-2024")]
    [InlineData("Udvalget for Specialiserede Borgerindsatser\nPolitiske pejlemærker\n2019", "Politiske pejlemærker")]
    [InlineData("Handicaprådet\nPubliceret 25-10-2017", "Handicaprådet")]
    [InlineData("KONTRAKT FOR\nKONTRAKT FOR\nMusvågevej 2007", "KONTRAKT FOR Musvågevej 2007")]
    [InlineData("Til Socialudvalget. Sagsnr Behovsanalyse\nStørrelse: px\nDownload \"Til Socialudvalget. Sagsnr Behovsanalyse\"", "Til Socialudvalget. Sagsnr Behovsanalyse")]
    public void Build_WebPageText_SkipsThePageFurniture(string page, string title)
    {
        Assert.Equal(title, TestMetadata.Builder.Build(new ExtractedText([page]), "side.txt", sidecar: null).Title);
    }

    [Fact]
    public async Task Build_PdfWithLargeTitle_TakesTheLargestTextWithProvenance()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("Slagelse Kommune, Center for Handicap og Psykiatri", 9, new PdfPoint(60, 800), font);
        page.AddText("Handleplan for", 22, new PdfPoint(60, 740), font);
        page.AddText("hjemloese borgere", 22, new PdfPoint(60, 712), font);
        page.AddText("Byraadet vedtog planen den 12. marts 2024 efter hoering i Udsatteraadet.", 11, new PdfPoint(60, 670), font);
        var text = (await Extraction.ExtractAsync(builder.Build(), "plan.pdf", CancellationToken.None)).Text!;

        var metadata = TestMetadata.Builder.Build(text, "plan.pdf", sidecar: null);

        Assert.Equal("Handleplan for hjemloese borgere", metadata.Title);
        Assert.Equal("pdf:largest-text", metadata.Provenance[MetadataFields.Title.Name]);
    }
}
