using System.Text;
using Archive.Ingestion.Metadata;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class SidecarTests
{
    [Fact]
    public void Parse_AllFields_SetsMetadataWithProvenance()
    {
        var sidecar = Parse("""
            { "title": "Høringssvar om budget 2018", "council": "Udsatterådet", "municipality": "Slagelse Kommune",
              "date": "2017-10", "type": "Høringssvar", "topics": ["Økonomi og budget"], "caseNumber": "18/924",
              "recipient": "Socialudvalget", "signatory": "Bent Jensen", "sourceUrl": "https://www.slagelse.dk/x" }
            """);

        Assert.Empty(sidecar.Problems);
        var metadata = sidecar.Metadata;
        Assert.Equal("Udsatterådet", metadata.Council);
        Assert.Equal(new DocumentDate(new DateOnly(2017, 10, 1), DatePrecision.Month), metadata.Date);
        Assert.Equal(["Økonomi og budget"], metadata.Topics);
        Assert.Equal("sidecar", metadata.Provenance[MetadataFields.Municipality.Name]);
        Assert.Equal("sidecar", metadata.Provenance[MetadataFields.Topics.Name]);
        Assert.False(metadata.Provenance.ContainsKey("nothing"));
    }

    [Fact]
    public void Parse_InvalidJson_ReportsProblemAndSetsNothing()
    {
        var sidecar = Parse("{ \"council\": ");

        Assert.Contains(sidecar.Problems, problem => problem.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Null(sidecar.Metadata.Council);
    }

    [Fact]
    public void Parse_BadDateAndUnknownField_KeepsTheRest()
    {
        var sidecar = Parse("""{ "date": "12. oktober 2017", "colour": "red", "council": "Handicaprådet" }""");

        Assert.Equal(2, sidecar.Problems.Count);
        Assert.Null(sidecar.Metadata.Date);
        Assert.Equal("Handicaprådet", sidecar.Metadata.Council);
        Assert.False(sidecar.Metadata.Provenance.ContainsKey(MetadataFields.Date.Name));
    }

    [Fact]
    public void Parse_NotAnObject_ReportsProblem()
    {
        Assert.Single(Parse("[1, 2]").Problems);
    }

    private static Sidecar Parse(string json) => Sidecar.Parse(Encoding.UTF8.GetBytes(json));
}
