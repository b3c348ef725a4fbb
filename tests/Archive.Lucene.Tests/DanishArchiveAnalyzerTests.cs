namespace Archive.Lucene.Tests;

public sealed class DanishArchiveAnalyzerTests : IDisposable
{
    private readonly DanishArchiveAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Aarhus", "Århus")]
    [InlineData("AARHUS", "århus")]
    [InlineData("Haandbog", "håndbog")]
    [InlineData("Kjoebenhavn", "kjøbenhavn")]
    public void Terms_OldAndModernSpelling_AreTheSameTerm(string old, string modern)
    {
        Assert.Equal(_analyzer.Terms(modern), _analyzer.Terms(old));
    }

    [Fact]
    public void Terms_InflectedForms_ShareOneStem()
    {
        var stems = new[] { "borger", "borgere", "borgerne", "borgeren" }.Select(word => Assert.Single(_analyzer.Terms(word))).Distinct().ToList();

        Assert.Single(stems);
    }

    // Snowball takes -et for the definite ending, so it cut "budget" to "budg" while "budgetter" kept "budget":
    // title:budget found no "Kommunernes budgetter".
    [Theory]
    [InlineData("budget", "budgets", "budgettet", "budgetter", "budgetterne")]
    [InlineData("billet", "billets", "billetten", "billetter", "billetterne")]
    [InlineData("toilet", "toilets", "toilettet", "toiletter", "toiletterne")]
    [InlineData("internet", "internets", "internettet", "internettets", "internettet")]
    public void Terms_WordsEndingInEt_ShareOneStemWithTheirInflections(params string[] forms)
    {
        var stems = forms.Select(word => Assert.Single(_analyzer.Terms(word))).Distinct().ToList();

        Assert.Single(stems);
    }

    [Fact]
    public void Terms_DanishStopWords_AreDropped()
    {
        var terms = _analyzer.Terms("Rådet er og bliver ikke en del af det");

        Assert.Equal(["råd", "del"], terms);
    }

    [Fact]
    public void Terms_DifferentWords_StayApart()
    {
        Assert.NotEqual(_analyzer.Terms("misbrug"), _analyzer.Terms("beskæftigelse"));
        Assert.Single(_analyzer.Terms("misbrug"));
    }

    [Fact]
    public void Terms_NumbersAndCaseNumbers_AreKept()
    {
        var terms = _analyzer.Terms("Sagsnr. 2012-6834 og § 85");

        Assert.Contains("2012", terms);
        Assert.Contains("6834", terms);
    }

    [Theory]
    [InlineData("efter servicelovens § 85 og", "§85")]
    [InlineData("jf. §85", "§85")]
    [InlineData("§§ 107", "§107")]
    [InlineData("efter § 85a stk. 2", "§85a")]
    [InlineData("efter §\u00a018, stk. 2", "§18")]
    public void Terms_SectionSignAndNumber_AreOneTerm(string text, string section)
    {
        foreach (var field in new[] { ArchiveFields.TextExact, ArchiveFields.Text, ArchiveFields.TextParts })
        {
            var tokens = _analyzer.Tokens(text, field);

            var unit = Assert.Single(tokens, token => token.Term == section);
            Assert.StartsWith("§", text[unit.Start..unit.End], StringComparison.Ordinal);
            Assert.DoesNotContain(tokens, token => token.Term == section[1..] && token.Position != unit.Position);
        }
    }

    [Fact]
    public void Terms_NumberWithoutSectionSign_StaysANumber()
    {
        Assert.Equal(["18", "kommun"], _analyzer.Terms("18 kommuner"));
    }

    [Fact]
    public void PartsField_Section_AlsoHoldsItsNumberAtTheSamePosition()
    {
        var tokens = _analyzer.Tokens("§ 18 om", ArchiveFields.TextParts);

        Assert.Equal([("§18", 0), ("18", 0)], tokens.Select(token => (token.Term, token.Position)));
    }

    [Fact]
    public void PartsField_Compound_AddsItsStemmedPartsAtTheSamePosition()
    {
        var tokens = _analyzer.Tokens("Ny misbrugsbehandling", ArchiveFields.TextParts);

        Assert.Equal(["ny", "misbrugsbehandling", "misbrug", "behandling"], tokens.Select(token => token.Term));
        Assert.All(tokens.Skip(1), token => Assert.Equal((3, 21), (token.Start, token.End)));
    }

    [Theory]
    [InlineData("kontanthjælpsmodtager", "kontanthjælp", "modtag")]
    [InlineData("misbrugsbehandling", "misbrug", "behandling")]
    [InlineData("kontanthjaelpsmodtager", "kontanthjælp", "modtag")]
    public void PartsField_Compound_HoldsBothParts(string word, string first, string last)
    {
        var terms = _analyzer.Terms(word, ArchiveFields.TextParts);

        Assert.Contains(first, terms);
        Assert.Contains(last, terms);
    }

    [Theory]
    [InlineData("hjemløse")]
    [InlineData("borgerens")]
    [InlineData("indstillingen")]
    [InlineData("formanden")]
    public void PartsField_WordNotToSplit_StaysOneTerm(string word)
    {
        Assert.Single(_analyzer.Terms(word, ArchiveFields.TextParts));
    }

    [Fact]
    public void ExactField_KeepsTheWordAsWritten_InLowerCase()
    {
        Assert.Equal(["borgerne", "og", "aarhus"], _analyzer.Terms("Borgerne og Aarhus", ArchiveFields.TextExact));
    }

    public void Dispose() => _analyzer.Dispose();
}
