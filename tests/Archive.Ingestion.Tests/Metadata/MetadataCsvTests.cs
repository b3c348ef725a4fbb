using Archive.Ingestion.Extraction;
using Archive.Ingestion.Metadata;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class MetadataCsvTests
{
    [Fact]
    public void RowFor_SemicolonSeparated_ReadsTheFilesRow()
    {
        const string csv = "fileName;council;municipality;date;topics\r\nsvar.pdf;Udsatterådet;Holbæk Kommune;2023-09-15;Økonomi og budget|Frivillighed og civilsamfund\r\nandet.pdf;Ældrerådet;;;\r\n";

        var row = MetadataCsv.RowFor(csv, "svar.pdf")!;

        Assert.Empty(row.Problems);
        Assert.Equal("Udsatterådet", row.Metadata.Council);
        Assert.Equal("Holbæk Kommune", row.Metadata.Municipality);
        Assert.Equal("2023-09-15", row.Metadata.Date!.IsoDate);
        Assert.Equal(["Økonomi og budget", "Frivillighed og civilsamfund"], row.Metadata.Topics);
        Assert.Equal("metadata.csv", row.Metadata.Provenance[MetadataFields.Council.Name]);
    }

    [Fact]
    public void RowFor_CommaSeparatedWithQuotes_ReadsQuotedValues()
    {
        const string csv = "\uFEFFfileName,title,type\n\"notat.docx\",\"Notat, om budget \"\"2019\"\"\",Notat\n";

        var row = MetadataCsv.RowFor(csv, "NOTAT.docx")!;

        Assert.Equal("Notat, om budget \"2019\"", row.Metadata.Title);
        Assert.Equal("Notat", row.Metadata.Type);
        Assert.Null(row.Metadata.Council);
    }

    [Fact]
    public void RowFor_FileWithoutRow_IsNull()
    {
        Assert.Null(MetadataCsv.RowFor("fileName;council\nandet.pdf;Ældrerådet\n", "svar.pdf"));
    }

    [Fact]
    public void RowFor_NoFileNameColumn_ReportsTheProblem()
    {
        var row = MetadataCsv.RowFor("file;council\nsvar.pdf;Ældrerådet\n", "svar.pdf")!;

        Assert.Contains(row.Problems, problem => problem.Contains("fileName", StringComparison.Ordinal));
    }

    [Fact]
    public void RowFor_BadDate_KeepsTheOtherValues()
    {
        var row = MetadataCsv.RowFor("fileName;date;council\nsvar.pdf;12. oktober 2017;Handicaprådet\n", "svar.pdf")!;

        Assert.Single(row.Problems);
        Assert.Null(row.Metadata.Date);
        Assert.Equal("Handicaprådet", row.Metadata.Council);
    }

    [Fact]
    public void Build_CsvAndSidecar_SidecarWinsAndEachFieldNamesItsSource()
    {
        var csv = MetadataCsv.RowFor("fileName;council;municipality;sourceUrl\nsvar.txt;Ældrerådet;Aarhus Kommune;https://www.aarhus.dk/x\n", "svar.txt");
        var sidecar = Sidecar.Parse("""{ "council": "Handicaprådet" }"""u8);

        var metadata = TestMetadata.Builder.Build(new ExtractedText(["Høringssvar fra Udsatterådet\n12. oktober 2017"]), "svar.txt", sidecar, csv);

        Assert.Equal("Handicaprådet", metadata.Council);
        Assert.Equal("sidecar", metadata.Provenance[MetadataFields.Council.Name]);
        Assert.Equal("Aarhus Kommune", metadata.Municipality);
        Assert.Equal("metadata.csv", metadata.Provenance[MetadataFields.Municipality.Name]);
        Assert.Equal("2017-10-12", metadata.Date!.IsoDate);
        Assert.StartsWith("text:", metadata.Provenance[MetadataFields.Date.Name], StringComparison.Ordinal);
    }
}
