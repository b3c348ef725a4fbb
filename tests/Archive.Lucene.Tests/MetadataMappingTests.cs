namespace Archive.Lucene.Tests;

/// <summary>Every field of the metadata registry is written to a Lucene document and read back unchanged.</summary>
public sealed class MetadataMappingTests
{
    [Fact]
    public void ToLuceneAndBack_KeepsEveryFieldAndItsProvenance()
    {
        var document = new ArchiveDocument
        {
            Id = "0123456789abcdef",
            Sha256 = new string('a', 64),
            Files = [new ArchiveFile("notat.txt", 10, 1, string.Empty)],
            Metadata = EveryMetadataField.Metadata("sidecar"),
            FileName = "notat.txt",
            ContentType = "text/plain; charset=utf-8",
            IngestedAt = DateTimeOffset.UnixEpoch,
            Pages = ["Tekst."],
        };

        var read = ArchiveDocumentMapper.FromLucene(ArchiveDocumentMapper.ToLucene(document)).Metadata;

        foreach (var field in MetadataFields.All)
        {
            Assert.Equal(EveryMetadataField.ValuesOf(field), read.ValuesOf(field));
            Assert.Equal("sidecar", read.Provenance[field.Name]);
        }
    }

    [Fact]
    public void ToLucene_EveryFacetField_IsCountedAsAFacet()
    {
        var document = ArchiveDocumentMapper.ToLucene(new ArchiveDocument
        {
            Id = "0123456789abcdef",
            Sha256 = new string('b', 64),
            Files = [],
            Metadata = EveryMetadataField.Metadata("sidecar"),
            FileName = "notat.txt",
            ContentType = "text/plain",
            IngestedAt = DateTimeOffset.UnixEpoch,
            Pages = [],
        });

        Assert.All(MetadataFields.Facets, field => Assert.Contains(ArchiveFields.FacetFields, name => name == field.IndexField));
        Assert.All(MetadataFields.Facets, field => Assert.Equal(
            EveryMetadataField.ValuesOf(field).Count,
            document.GetFields(field.IndexField).Count(stored => stored.IndexableFieldType.DocValueType == global::Lucene.Net.Index.DocValuesType.SORTED_SET)));
    }
}
