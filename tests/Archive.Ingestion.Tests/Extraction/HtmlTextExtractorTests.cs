using System.Text;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

public sealed class HtmlTextExtractorTests
{
    private static readonly HtmlTextExtractor Extractor = new();

    private static readonly Encoding Windows1252 = CodePagesEncoding(1252);

    [Fact]
    public void Extract_PageWithMain_IsTheMainTextWithoutTheFraming()
    {
        var page = Html(
            "<title>Referat af Udsatterådets møde</title><style>p { color: red }</style><script>var sporing = 'scriptord';</script>",
            "<div id=\"CybotCookiebotDialog\">Vi bruger cookies <button>Acceptér</button></div>"
            + "<header><a href=\"/\">Forside</a><nav><ul><li>Menupunkt</li></ul></nav></header>"
            + "<main><h1>Referat</h1><p>Rådet drøftede værestedet på Søndergård.</p>"
            + "<aside>Relaterede nyheder</aside><p hidden>skjultord</p><p style=\"display: none\">usynligord</p></main>"
            + "<footer>Holbæk Kommune · Kanalstræde 2</footer>");

        var result = Extractor.Extract(page, CancellationToken.None);

        Assert.Equal("Referat\nRådet drøftede værestedet på Søndergård.", Assert.Single(result.Pages));
        Assert.Equal("Referat af Udsatterådets møde", result.EmbeddedTitle);
    }

    [Fact]
    public void Extract_PageWithArticles_KeepsTheArticlesOwnHeaderAndDropsThePages()
    {
        var page = Html(
            "<title>Nyheder</title>",
            "<header>Sidehoved med logo</header><nav>Menu</nav>"
            + "<article><header><h2>Nyt herberg åbner</h2><time>12. oktober 2017</time></header><p>Byrådet har besluttet at åbne et herberg.</p>"
            + "<article><p>Indlejret kommentar</p></article></article>"
            + "<article><p>Anden nyhed om bostøtte.</p><footer>Af Jens Hansen</footer></article>"
            + "<div class=\"cookie-consent\">Accepter cookies</div>");

        Assert.Equal(
            "Nyt herberg åbner\n12. oktober 2017\nByrådet har besluttet at åbne et herberg.\nIndlejret kommentar\nAnden nyhed om bostøtte.\nAf Jens Hansen",
            Assert.Single(Extractor.Extract(page, CancellationToken.None).Pages));
    }

    [Fact]
    public void Extract_PageWithoutLandmarks_IsTheBodyWithoutNavigationHeaderFooterAndBanners()
    {
        var page = Html(
            string.Empty,
            "<div role=\"navigation\">Genveje</div><header>Logo</header><div class=\"gdpr-banner\">Samtykke</div>"
            + "<h1>Dagsorden</h1><p>Punkt 1: Gadeplansarbejde</p><form><label>Søg</label><input value=\"søgeord\"><select><option>valg</option></select></form>"
            + "<noscript>Slå JavaScript til</noscript><template><p>skabelonord</p></template>"
            + "<footer>Kontakt</footer>");

        var result = Extractor.Extract(page, CancellationToken.None);

        Assert.Equal("Dagsorden\nPunkt 1: Gadeplansarbejde\nSøg", Assert.Single(result.Pages));
        Assert.Equal("Dagsorden", result.EmbeddedTitle);
    }

    [Fact]
    public void Extract_Markup_BecomesLinesListsAndTabSeparatedRows()
    {
        var page = Html(
            "<title>Untitled</title>",
            "<main><h1>Budget  for\n  <em>udsatte</em></h1><p>Første linje<br>anden linje</p>"
            + "<ul><li>Herberg</li><li>Værested &amp; natcafé</li></ul>"
            + "<table><thead><tr><th>Tilbud</th><th>Beløb</th></tr></thead><tbody><tr><td><p>Ældre</p><p>pleje</p></td><td>375.500&nbsp;kr.</td></tr></tbody></table>"
            + "<pre>kolonne   1\nkolonne   2</pre>Sidste&aelig;rinde</main>");

        var result = Extractor.Extract(page, CancellationToken.None);

        Assert.Equal(
            ["Budget for udsatte", "Første linje", "anden linje", "Herberg", "Værested & natcafé", "Tilbud\tBeløb", "Ældre pleje\t375.500 kr.", "kolonne 1", "kolonne 2", "Sidsteærinde"],
            Assert.Single(result.Pages).Split('\n'));
        Assert.Equal("Budget for udsatte", result.EmbeddedTitle);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    [InlineData("")]
    public void Extract_Windows1252Page_KeepsDanishLetters(string declaration)
    {
        var page = Windows1252.GetBytes($"<!DOCTYPE html><html><head>{declaration}<title>Høringssvar</title></head><body><p>Ældrerådet ønsker bedre forhold på Søndergård for 5.000 €.</p></body></html>");

        var result = Extractor.Extract(page, CancellationToken.None);

        Assert.Equal("Ældrerådet ønsker bedre forhold på Søndergård for 5.000 €.", Assert.Single(result.Pages));
        Assert.Equal("Høringssvar", result.EmbeddedTitle);
    }

    [Fact]
    public void Extract_DeclaredCharset_DecidesWhatTheBytesMean()
    {
        // 0xA4 is € in ISO-8859-15 but ¤ in Windows-1252, the fallback for pages that declare nothing.
        var page = CodePagesEncoding(28605).GetBytes("<html><head><meta charset=\"ISO-8859-15\"></head><body><p>Tilskud på 5.000 € til Søndergård</p></body></html>");
        var undeclared = CodePagesEncoding(28605).GetBytes("<html><body><p>Tilskud på 5.000 € til Søndergård</p></body></html>");

        Assert.Equal("Tilskud på 5.000 € til Søndergård", Assert.Single(Extractor.Extract(page, CancellationToken.None).Pages));
        Assert.Equal("Tilskud på 5.000 ¤ til Søndergård", Assert.Single(Extractor.Extract(undeclared, CancellationToken.None).Pages));
    }

    [Fact]
    public void Extract_Utf8Page_IsUtf8WithOrWithoutDeclarationAndABomOverridesTheDeclaration()
    {
        var body = "<p>Udsatterådet i Århus støtter væresteder.</p>";
        var declared = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body>{body}</body></html>");
        var undeclared = Encoding.UTF8.GetBytes($"<html><body>{body}</body></html>");
        var bomOverMeta = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes($"<html><head><meta charset=\"windows-1252\"></head><body>{body}</body></html>")).ToArray();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"<html><body>{body}</body></html>")).ToArray();

        Assert.All(
            new[] { declared, undeclared, bomOverMeta, utf16 },
            page => Assert.Equal("Udsatterådet i Århus støtter væresteder.", Assert.Single(Extractor.Extract(page, CancellationToken.None).Pages)));
    }

    [Fact]
    public void Extract_PageWhollyInsideItsFraming_IsReadRatherThanLost()
    {
        var page = Html("<title>Kontakt</title>", "<header><p>Ring til Borgerservice om bostøtte</p></header><script>ikketekst()</script>");

        Assert.Equal("Ring til Borgerservice om bostøtte", Assert.Single(Extractor.Extract(page, CancellationToken.None).Pages));
    }

    [Fact]
    public void Extract_DeeplyNestedElements_DoNotExhaustTheStack()
    {
        var page = Html(string.Empty, string.Concat(Enumerable.Repeat("<div>", 10_000)) + "Dybt inde" + string.Concat(Enumerable.Repeat("</div>", 10_000)));

        Assert.Equal("Dybt inde", Assert.Single(Extractor.Extract(page, CancellationToken.None).Pages));
    }

    [Fact]
    public void Extract_HostileNesting_StopsParsingWhenTheTimeLimitCancels()
    {
        // 300,000 nested elements take the parser many minutes; the time limit's token must reach it between tokens.
        var page = Html(string.Empty, string.Concat(Enumerable.Repeat("<div>", 300_000)) + "Dybt inde");
        using var timeLimit = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.Extract(page, timeLimit.Token));
    }

    [Fact]
    public void Extract_PageLargerThanTheLimit_IsTooLargeBeforeItIsParsed()
    {
        var extractor = new HtmlTextExtractor(maxPageBytes: 10_000);
        var page = Html(string.Empty, string.Concat(Enumerable.Repeat("<p>bolig</p>", 1_000)));

        var failure = Assert.Throws<ExtractionFailedException>(() => extractor.Extract(page, CancellationToken.None));

        Assert.Equal(FailureReason.TooLarge, failure.Reason);
        Assert.Contains("larger than 10,000 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_OnlyScriptsAndStyles_IsEmpty()
    {
        var extraction = new TextExtraction([Extractor], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(Html("<style>body{}</style>", "<script>document.write('tekst')</script>"), "tom.html", CancellationToken.None);

        Assert.Equal(FailureReason.Empty, outcome.FailureReason);
    }

    [Fact]
    public void Extract_PlainTextHandedOver_GetsTheDetectorsAnswer()
    {
        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(Encoding.UTF8.GetBytes("Referat af mødet"), CancellationToken.None));

        Assert.Equal((FailureReason.UnsupportedFormat, "not a web page (HTML): the file is plain text"), (failure.Reason, failure.Message));
    }

    private static byte[] Html(string head, string body) =>
        Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>");

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
