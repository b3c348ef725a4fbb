using System.Text.RegularExpressions;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Indexing;

/// <summary>The bundled sample archive, ingested into a real index and searched with the Danish analyzer.</summary>
public sealed partial class CorpusSearchTests : IAsyncLifetime, IDisposable
{
    private const string BackstageLetter = "slagelse/henvendelse-backstage-2017.docx";
    private const string PejlemaerkerPdf = "slagelse/politiske-pejlemaerker-2019.pdf";
    private readonly ArchiveHarness _archive = new();

    public async Task InitializeAsync()
    {
        foreach (var relative in TestData.BundledCorpusFiles)
        {
            _archive.WriteBytes(relative, await File.ReadAllBytesAsync(TestData.BundledCorpusFile(relative)));
        }

        // Two letters that spell the city the old and the new way.
        _archive.Write("aarhus/gammel-stavemaade.txt", "Udsatterådet i Aarhus Kommune holdt møde om herberger.");
        _archive.Write("aarhus/ny-stavemaade.txt", "Handicaprådet i Århus drøftede tilgængelighed.");
        await _archive.SyncAsync();
    }

    [Fact]
    public void Ingest_Corpus_IndexesEveryFileWithoutFailures()
    {
        Assert.Empty(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Equal(7, _archive.Documents().Count);
    }

    [Fact]
    public void Search_Misbrug_FindsTheBackstageLetter()
    {
        var hits = _archive.Search("misbrug");

        Assert.Contains(hits, hit => hit.Files.Any(file => file.Path == BackstageLetter));
    }

    [Fact]
    public void Search_Borgere_FindsEveryDocumentSayingBorgerOrBorgerne()
    {
        var saysBorger = _archive.Documents()
            .Where(document => document.Pages.Any(page => BorgerOrBorgerne().IsMatch(page)))
            .Select(document => document.Id)
            .ToHashSet();

        var hits = _archive.Search("borgere").Select(hit => hit.Id).ToHashSet();

        Assert.NotEmpty(saysBorger);
        Assert.Subset(hits, saysBorger);
    }

    [Fact]
    public void Search_AarhusAndAarhusWithAa_FindTheSameDocuments()
    {
        var aarhus = _archive.Search("Aarhus").Select(hit => hit.Id).Order().ToList();
        var aarhusWithRing = _archive.Search("Århus").Select(hit => hit.Id).Order().ToList();

        Assert.Equal(2, aarhus.Count);
        Assert.Equal(aarhus, aarhusWithRing);
    }

    [Theory]
    [InlineData("drivkraft", new[] { 1 })]
    [InlineData("rehabiliterende", new[] { 2 })]
    [InlineData("misbrug", new[] { 2, 3 })]
    [InlineData("Headspace", new[] { 4 })]
    public void Search_MultiPagePdf_HitsCiteTheRightPages(string word, int[] pages)
    {
        // Page numbers checked against the PDF with poppler's pdftotext -f N -l N.
        var document = Assert.Single(_archive.Search(word), hit => hit.Files.Any(file => file.Path == PejlemaerkerPdf));

        Assert.Equal(4, document.PageCount);
        Assert.Equal(pages, ArchiveHarness.PagesMentioning(document, word));
    }

    [Fact]
    public void Ingest_Sidecar_SetsTheLetterMetadata()
    {
        var letter = Assert.Single(_archive.Documents(), document => document.Files.Any(file => file.Path == BackstageLetter));

        Assert.Equal("Slagelse Kommune", letter.Metadata.Municipality);
        Assert.Equal("2017-10-12", letter.Metadata.Date?.IsoDate);
        Assert.Equal("sidecar", letter.Metadata.Provenance[MetadataFields.Municipality.Name]);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", letter.ContentType);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _archive.Dispose();

    [GeneratedRegex(@"\b[Bb]orger(ne)?\b")]
    private static partial Regex BorgerOrBorgerne();
}
