using Archive.Lucene.Search;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Lucene.Tests.Search;

/// <summary>
/// Snippets and marked pages analyze only the stretches of a page where a searched term may stand (see
/// <see cref="SnippetBuilder"/>); they must mark exactly what analyzing every page whole marks.
/// </summary>
public sealed class SnippetStretchesTests : IDisposable
{
    // Written before running them: single words, inflected forms, compounds whose parts are marked standing
    // together, a section number, phrases and several words at once.
    private static readonly string[] Queries =
    [
        "borger", "boliger", "misbrug", "kontanthjælpsmodtager", "misbrugsbehandling", "socialsygeplejerske",
        "§ 85", "\"socialt udsatte\"", "hjemløse unge", "psykiatri handicap ældre", "Udsatterådet høringssvar",
        "budget 2024", "aarhus", "stofmisbrugere herberg forsorgshjem", "covid-19", "sundhedspolitik",
    ];

    private readonly DanishArchiveAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();

    [SharedFact]
    public void MarkPage_MarksWhatAnalyzingTheWholePageMarks()
    {
        var (stretches, whole) = (new SnippetBuilder(_analyzer), new SnippetBuilder(_analyzer) { AnalyzeWholePages = true });
        var pages = TestData.CorpusDkPages();
        var marked = 0;
        foreach (var query in Queries)
        {
            var terms = TermsOf(query);
            foreach (var page in pages)
            {
                var expected = whole.MarkPage(page, terms);
                Assert.Equal(expected, stretches.MarkPage(page, terms));
                marked += expected.Contains("<mark>", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(marked > 200, $"only {marked} marked pages: the comparison says little");
    }

    [SharedFact]
    public void Build_ChoosesThePassagesThatAnalyzingTheWholePagesChooses()
    {
        var (stretches, whole) = (new SnippetBuilder(_analyzer), new SnippetBuilder(_analyzer) { AnalyzeWholePages = true });
        var pages = TestData.CorpusDkPages();
        foreach (var query in Queries)
        {
            var terms = TermsOf(query);

            // Documents of three pages each, as a hit of several pages is built.
            foreach (var document in pages.Chunk(3))
            {
                var expected = whole.Build(document, terms, SearchLimits.MaxSnippets).Select(snippet => (snippet.Page, snippet.Html));
                Assert.Equal(expected, stretches.Build(document, terms, SearchLimits.MaxSnippets).Select(snippet => (snippet.Page, snippet.Html)));
            }
        }
    }

    [Fact]
    public void MarkPage_ASectionNumberAtAStretchEdge_IsMarkedAsOneWord()
    {
        var filler = string.Join(' ', Enumerable.Repeat("tekst uden betydning", 40));
        var sign = "§\n" + new string(' ', 30);
        var page = $"{filler} efter {sign}85 i loven. {filler}";

        var marked = new SnippetBuilder(_analyzer).MarkPage(page, TermsOf("§ 85"));

        Assert.Contains($"<mark>{sign}85</mark>", marked, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkPage_PartsStandingTogetherAcrossRunsOfSpaces_AreMarked()
    {
        // The parts of kontanthjælpsmodtager stand three positions apart, but the runs of spaces between them put
        // more characters between their places than the stretches' margins.
        var filler = string.Join(' ', Enumerable.Repeat("tekst uden betydning", 40));
        var spaces = new string(' ', 40);
        var page = $"{filler} modtagere af{spaces}pludselig{spaces}kontanthjælp nævnes. {filler}";

        var marked = new SnippetBuilder(_analyzer).MarkPage(page, TermsOf("kontanthjælpsmodtager"));

        Assert.Equal(new SnippetBuilder(_analyzer) { AnalyzeWholePages = true }.MarkPage(page, TermsOf("kontanthjælpsmodtager")), marked);
        Assert.Contains("<mark>kontanthjælp</mark>", marked, StringComparison.Ordinal);
    }

    private TermsToMark TermsOf(string query)
    {
        if (!DirectoryReader.IndexExists(_directory))
        {
            using var writer = new IndexWriter(_directory, new IndexWriterConfig(ArchiveLucene.Version, _analyzer));
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(_directory);
        return MatchedTerms.Of(new UserQueryParser(_analyzer).Parse(query), new IndexSearcher(reader));
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
