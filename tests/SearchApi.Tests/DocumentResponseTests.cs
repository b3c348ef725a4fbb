using Archive.Lucene;
using Archive.SearchApi.Model;

namespace Archive.SearchApi.Tests;

/// <summary>No document answer grows without end: a long document comes in parts that follow each other.</summary>
public sealed class DocumentResponseTests
{
    [Fact]
    public void From_DocumentLongerThanOneAnswer_GivesPartsThatTogetherHoldEveryPage()
    {
        var document = Document(pages: 25, charactersPerPage: 100_000);

        var parts = new List<DocumentResponse>();
        for (int? from = 1; from is { } first; from = parts[^1].NextFromPage)
        {
            parts.Add(DocumentResponse.From(document, first, DocumentResponse.PagesThatFit(document, first)));
        }

        Assert.Equal([1, 21], parts.Select(part => part.FromPage));
        Assert.All(parts, part => Assert.InRange(part.Pages.Sum(page => page.Text.Length), 1, DocumentResponse.MaxCharacters));
        Assert.Equal(Enumerable.Range(1, 25), parts.SelectMany(part => part.Pages).Select(page => page.Page));
        Assert.Null(parts[^1].NextFromPage);
    }

    [Fact]
    public void PagesThatFit_APageLargerThanTheLimit_StillComesAlone()
    {
        var document = Document(pages: 2, charactersPerPage: DocumentResponse.MaxCharacters + 1);

        Assert.Equal(1, DocumentResponse.PagesThatFit(document, 1));
    }

    private static ArchiveDocument Document(int pages, int charactersPerPage) => new()
    {
        Id = "0123456789abcdef",
        Sha256 = new string('c', 64),
        Files = [],
        Metadata = new DocumentMetadata(),
        FileName = "lang.txt",
        ContentType = "text/plain",
        IngestedAt = DateTimeOffset.UnixEpoch,
        Pages = [.. Enumerable.Range(0, pages).Select(_ => new string('a', charactersPerPage))],
    };
}
