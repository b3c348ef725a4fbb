using Archive.Ingestion.Extraction;
using Archive.Ingestion.Indexing;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Indexing;

/// <summary>The compact catalog: a content's hash kept as bytes, its paths as one string or a sorted set.</summary>
public sealed class InboxCatalogTests
{
    private static readonly string First = ContentHash.Of("første"u8.ToArray());
    private static readonly string Second = ContentHash.Of("anden"u8.ToArray());

    [Fact]
    public void ContentKey_RoundTripsTheHexItWasReadFrom()
    {
        Assert.Equal(First, ContentKey.Parse(First).ToString());
        Assert.Equal(First, ContentKey.Parse(First.ToUpperInvariant()).ToString());
        Assert.NotEqual(ContentKey.Parse(First), ContentKey.Parse(Second));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void ContentKey_RefusesWhatIsNotTheHexOfASha256(string text) =>
        Assert.Throws<FormatException>(() => ContentKey.Parse(text));

    [Fact]
    public void Catalog_IdenticalFiles_ListedPrimaryFirst_AndCollapseBackToOne()
    {
        var catalog = new InboxCatalog();
        catalog.Set(File("b/kopi.txt"), First);
        catalog.Set(File("a/original.txt"), First);
        catalog.Set(File("c/anden.txt"), Second);

        Assert.Equal(["a/original.txt", "b/kopi.txt"], catalog.FilesOf(First).Select(file => file.Path));
        Assert.Equal(2, catalog.ContentCount);
        Assert.Equal(3, catalog.FileCount);

        Assert.Equal(First, catalog.Remove("a/original.txt"));
        Assert.Equal(["b/kopi.txt"], catalog.FilesOf(First).Select(file => file.Path));

        Assert.Equal(First, catalog.Remove("b/kopi.txt"));
        Assert.Empty(catalog.FilesOf(First));
        Assert.Equal(1, catalog.ContentCount);
        Assert.Null(catalog.Remove("b/kopi.txt"));
    }

    [Fact]
    public void Catalog_FileGivenNewContent_ReportsTheContentItLeft()
    {
        var catalog = new InboxCatalog();
        Assert.Null(catalog.Set(File("notat.txt"), First));
        Assert.Null(catalog.Set(File("notat.txt", size: 20), First));
        Assert.Equal(First, catalog.Set(File("notat.txt", size: 30), Second));

        Assert.True(catalog.Holds("notat.txt", Second));
        Assert.False(catalog.Holds("notat.txt", First));
        Assert.True(catalog.TryGet("notat.txt", out var file));
        Assert.Equal(30, file.Size);
        Assert.Empty(catalog.FilesOf(First));
        Assert.Equal(1, catalog.ContentCount);
    }

    [Fact]
    public void Catalog_SamePathSetTwice_IsListedOnce()
    {
        var catalog = new InboxCatalog();
        catalog.Set(File("a.txt"), First);
        catalog.Set(File("b.txt"), First);
        catalog.Set(File("b.txt"), First);

        Assert.Equal(["a.txt", "b.txt"], catalog.FilesOf(First).Select(file => file.Path));
    }

    private static ArchiveFile File(string path, long size = 10) => new(path, size, 638_000_000_000_000_000, string.Empty);
}
