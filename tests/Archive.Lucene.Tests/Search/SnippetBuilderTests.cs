using Archive.Lucene.Search;

namespace Archive.Lucene.Tests.Search;

public sealed class SnippetBuilderTests : IDisposable
{
    private readonly DanishArchiveAnalyzer _analyzer = new();
    private readonly SnippetBuilder _snippets;

    public SnippetBuilderTests() => _snippets = new SnippetBuilder(_analyzer);

    [Fact]
    public void Build_OneWordRepeatedOverAWholePage_GivesThreePassages()
    {
        // 160,000 matches on one page: every match once held a list of all the others.
        var page = string.Concat(Enumerable.Repeat("bolig ", 160_000));

        var snippets = _snippets.Build([page], _analyzer.Terms("bolig").ToHashSet(), maxSnippets: 3);

        Assert.Equal(3, snippets.Count);
        Assert.All(snippets, snippet => Assert.Contains("<mark>bolig</mark>", snippet.Html, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_AWordWithoutSpaces_GivesAPassageOfNormalLength()
    {
        var page = new string('x', 50_000) + " bolig " + new string('y', 50_000);

        var snippet = Assert.Single(_snippets.Build([page], _analyzer.Terms("bolig").ToHashSet(), maxSnippets: 3));

        Assert.Contains("<mark>bolig</mark>", snippet.Html, StringComparison.Ordinal);
        Assert.InRange(snippet.Html.Length, 10, 600);
    }

    [Fact]
    public void Build_Cancelled_Stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => _snippets.Build(["bolig"], new HashSet<string>(["bolig"]), 3, cancelled.Token));
    }

    [Fact]
    public void Build_PrefersThePassageWithMoreOfTheQueryTerms()
    {
        var filler = string.Join(' ', Enumerable.Repeat("tekst uden betydning", 60));
        var pages = new[] { $"Herberg nævnes her. {filler} Her står både herberg og bostøtte sammen. {filler}" };

        var snippets = _snippets.Build(pages, Terms("herberg bostøtte"), 1);

        Assert.Contains("<mark>herberg</mark> og <mark>bostøtte</mark>", Assert.Single(snippets).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GivesTheOneBasedPageOfEachPassage()
    {
        var pages = new[] { "Første side om budget.", "Anden side.", "Tredje side om herberger og varmestuer." };

        var snippets = _snippets.Build(pages, Terms("herberg"), 3);

        Assert.Equal(3, Assert.Single(snippets).Page);
        Assert.Contains("<mark>herberger</mark>", snippets[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AtMostTheAskedNumber_AndNeverOverlapping()
    {
        var filler = string.Join(' ', Enumerable.Repeat("og så videre", 80));
        var pages = new[] { string.Join($" {filler} ", Enumerable.Range(1, 6).Select(i => $"afsnit {i} om misbrug")) };

        var snippets = _snippets.Build(pages, Terms("misbrug"), 3);

        Assert.Equal(3, snippets.Count);
        Assert.Equal(3, snippets.Select(s => s.Html).Distinct().Count());
    }

    [Fact]
    public void Build_EscapesHtmlOutsideTheMarks()
    {
        var snippets = _snippets.Build(["Rådet skriver <b>fed</b> & \"citat\" om misbrug."], Terms("misbrug"), 1);

        Assert.Equal("Rådet skriver &lt;b&gt;fed&lt;/b&gt; &amp; &quot;citat&quot; om <mark>misbrug</mark>.", Assert.Single(snippets).Html);
    }

    [Fact]
    public void Build_WithoutMatches_ShowsTheOpeningOfTheFirstPageWithText()
    {
        var snippets = _snippets.Build(["", "  \n Referat af mødet i Ældrerådet."], new HashSet<string>(), 3);

        var snippet = Assert.Single(snippets);
        Assert.Equal(2, snippet.Page);
        Assert.Equal("Referat af mødet i Ældrerådet.", snippet.Html);
    }

    [Fact]
    public void Build_NoText_NoSnippets()
    {
        Assert.Empty(_snippets.Build([], Terms("misbrug"), 3));
        Assert.Empty(_snippets.Build(["   "], Terms("misbrug"), 3));
    }

    [Fact]
    public void Build_LongPassage_IsCutAtWordsWithEllipses()
    {
        var words = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"ord{i}"));
        var snippets = _snippets.Build([$"{words} herberg {words}"], Terms("herberg"), 1);

        var html = Assert.Single(snippets).Html;
        Assert.StartsWith("…ord", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.InRange(html.Length, 100, 400);
    }

    [Fact]
    public void MarkPage_MarksEveryStemmedMatch_KeepsLineBreaks_AndEscapes()
    {
        var html = _snippets.MarkPage("Borgere <i>og</i> borgerne\nmøder Borger & rådet.", Terms("borger"));

        Assert.Equal("<mark>Borgere</mark> &lt;i&gt;og&lt;/i&gt; <mark>borgerne</mark>\nmøder <mark>Borger</mark> &amp; rådet.", html);
    }

    [Fact]
    public void MarkPage_WithoutTerms_IsTheEscapedText()
    {
        Assert.Equal("a &lt; b\n\nc", _snippets.MarkPage("a < b\n\nc", new HashSet<string>()));
    }

    public void Dispose() => _analyzer.Dispose();

    private HashSet<string> Terms(string words) => [.. _analyzer.Terms(words)];
}
