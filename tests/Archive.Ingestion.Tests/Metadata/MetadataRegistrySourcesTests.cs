using System.Text;
using System.Text.Json;
using Archive.Ingestion.Metadata;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Metadata;

/// <summary>A sidecar and a metadata.csv row can set every field of the registry, under its name.</summary>
public sealed class MetadataRegistrySourcesTests
{
    [Fact]
    public void Sidecar_SetsEveryField()
    {
        var sidecar = Sidecar.Parse(JsonSerializer.SerializeToUtf8Bytes(EveryMetadataField.Sidecar()));

        Assert.Empty(sidecar.Problems);
        foreach (var field in MetadataFields.All)
        {
            Assert.Equal(EveryMetadataField.ValuesOf(field), sidecar.Metadata.ValuesOf(field));
            Assert.Equal("sidecar", sidecar.Metadata.Provenance[field.Name]);
        }
    }

    [Fact]
    public void MetadataCsvRow_SetsEveryField()
    {
        var header = string.Join(';', ["fileName", .. MetadataFields.All.Select(field => field.Name)]);
        var row = string.Join(';', ["brev.pdf", .. MetadataFields.All.Select(field => string.Join('|', EveryMetadataField.ValuesOf(field)))]);

        var sidecar = MetadataCsv.RowFor(header + "\n" + row + "\n", "brev.pdf")!;

        Assert.Empty(sidecar.Problems);
        foreach (var field in MetadataFields.All)
        {
            Assert.Equal(EveryMetadataField.ValuesOf(field), sidecar.Metadata.ValuesOf(field));
            Assert.Equal("metadata.csv", sidecar.Metadata.Provenance[field.Name]);
        }
    }

    [Fact]
    public void Sidecar_UnknownField_IsAProblemThatNamesTheKnownOnes()
    {
        var sidecar = Sidecar.Parse(Encoding.UTF8.GetBytes("""{ "forfatter": "Jensen" }"""));

        var problem = Assert.Single(sidecar.Problems);
        Assert.All(MetadataFields.All, field => Assert.Contains(field.Name, problem, StringComparison.Ordinal));
    }
}
