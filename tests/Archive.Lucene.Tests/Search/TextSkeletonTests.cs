using Archive.Lucene.Search;

namespace Archive.Lucene.Tests.Search;

public sealed class TextSkeletonTests : IDisposable
{
    private readonly DanishArchiveAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Borgerne i Aarhus", "århus")]
    [InlineData("Haandbog for bostøtte", "håndbog")]
    [InlineData("jf. § 18, stk. 2", "§18")]
    [InlineData("stofmisbrugsbehandlingen", "misbrug")]
    [InlineData("kontanthjælpsmodtagere", "kontanthjælp")]
    [InlineData("Økonomi-udvalget", "økonomiudvalg")]
    [InlineData("to ord", "ord")]
    public void Of_TermTakenFromText_StandsInTheTextsSkeleton(string text, string term)
    {
        Assert.Contains(TextSkeleton.Of(term), TextSkeleton.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_TextWithoutTheWord_DoesNotHoldIt()
    {
        Assert.DoesNotContain(TextSkeleton.Of("misbrug"), TextSkeleton.Of("Borgerne på herberget fik en bolig"), StringComparison.Ordinal);
    }

    [SharedFact]
    public void Of_EveryTermOfEveryCorpusPage_StandsInThePagesSkeleton()
    {
        // The snippets skip a page whose skeleton holds no searched term: a single term of a real page that the
        // skeleton loses would be a match never marked.
        var pages = TestData.CorpusDkPages();
        var missing = new List<string>();
        foreach (var page in pages)
        {
            var skeleton = TextSkeleton.Of(page);
            foreach (var field in new[] { ArchiveFields.TextParts, ArchiveFields.TextExact, ArchiveFields.Text })
            {
                missing.AddRange(_analyzer.Terms(page, field).Where(term => !skeleton.Contains(TextSkeleton.Of(term), StringComparison.Ordinal)));
            }
        }

        Assert.Empty(missing.Distinct());
    }

    public void Dispose() => _analyzer.Dispose();
}
