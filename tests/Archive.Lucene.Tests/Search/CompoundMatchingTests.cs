namespace Archive.Lucene.Tests.Search;

/// <summary>
/// A part never stands in for the whole word it came from: not in what a search finds, not in what its snippets
/// mark; and a section of a law (§ 18) is one unit.
/// </summary>
public sealed class CompoundMatchingTests
{
    [Fact]
    public void Search_CompoundWord_MarksItsPartsOnlyWhereTheyStandTogether()
    {
        using var index = new SmallIndex(
            ("benefits", "Notat", "Kommunen giver hjælp til alle borgere, der beder om den, hver eneste dag. Betaling sker aldrig kontant i rådhusets borgerservice. Borgere på kontanthjælp får tilbud om job, og hjælp til bolig."));

        var html = string.Join(" ", index.Snippets("kontanthjælp", "benefits"));

        Assert.Contains("<mark>kontanthjælp</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>hjælp</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>kontant</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_CompoundWrittenApart_MarksBothWords()
    {
        using var index = new SmallIndex(("apart", "Ydelser", "Borgere der er modtagere af kontanthjælp får et nyt tilbud."));

        var html = Assert.Single(index.Snippets("kontanthjælpsmodtager", "apart"));

        Assert.Contains("<mark>modtagere</mark> af <mark>kontanthjælp</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_CompoundWord_DoesNotMarkAnotherCompoundSharingAPart()
    {
        using var index = new SmallIndex(("nurse", "Referat", "Socialudvalget har besluttet at ansætte en socialsygeplejerske på herberget."));

        var html = Assert.Single(index.Snippets("socialsygeplejerske", "nurse"));

        Assert.Contains("<mark>socialsygeplejerske</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Socialudvalget</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_CompoundWord_RanksTheWordAboveAPartOfAnotherCompound_AndMarksOnlyTheWordBesideIt()
    {
        using var index = new SmallIndex(
            ("word", "Referat", "Kommunen ansætter en socialsygeplejerske."),
            ("committee", "Referat", "Socialudvalget drøftede sygeplejerskens arbejde."));

        var html = Assert.Single(index.Snippets("socialsygeplejerske", "committee"));

        Assert.Equal("word", index.Search("socialsygeplejerske")[0]);
        Assert.Contains("<mark>sygeplejerskens</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Socialudvalget</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_CompoundInsideALongerCompound_FindsItAndMarksIt()
    {
        using var index = new SmallIndex(("longer", "Notat", "Kommunen samler stofmisbrugsbehandlingen ét sted."));

        var html = Assert.Single(index.Snippets("misbrugsbehandling", "longer"));

        Assert.Contains("<mark>stofmisbrugsbehandlingen</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WordThatEndsACompoundWithAFirstPartTheListLeftUnflagged_FindsIt()
    {
        using var index = new SmallIndex(
            ("night", "Pejlemærker", "Der arbejdes for etablering af skæve boliger og natherberger."),
            ("other", "Notat", "Rådet drøftede budgettet."));

        Assert.Equal(["night"], index.Search("herberg"));
        Assert.Contains("<mark>natherberger</mark>", Assert.Single(index.Snippets("herberg", "night")), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Section_FindsTheSectionOnly_AndMarksSignAndNumber()
    {
        using var index = new SmallIndex(
            ("section", "Notat", "Kommunen støtter frivilligt arbejde efter servicelovens § 18."),
            ("number", "Notat", "Der er herberger i 18 kommuner."));

        Assert.Equal(["section"], index.Search("§ 18"));
        Assert.Equal(["section"], index.Search("§18"));
        Assert.Equal(["section"], index.Search("\"servicelovens § 18\""));
        Assert.Contains("<mark>§ 18</mark>", Assert.Single(index.Snippets("§ 18", "section")), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Number_FindsTheSectionAfterTheNumberStandingAlone()
    {
        using var index = new SmallIndex(
            ("section", "Notat", "Kommunen støtter frivilligt arbejde efter servicelovens § 18."),
            ("number", "Notat", "Der er herberger i 18 kommuner."));

        Assert.Equal(["number", "section"], index.Search("18"));
    }

    [Fact]
    public void Similar_Snippets_ShowPassagesWithTheSharedTerms_WithoutMarks()
    {
        const string common = "En del af den kommende indsats i kommunen handler om budgettet.";
        var filler = string.Join(' ', Enumerable.Repeat("Rådet mødes igen efter sommerferien.", 12));
        using var index = new SmallIndex(
            ("source", "Notat", $"{common} Vi vil styrke væresteder og gadeplansarbejde for hjemløse."),
            ("like", "Notat", $"{common} {filler} Flere væresteder og mere gadeplansarbejde er nødvendigt."),
            ("c", "Notat", common),
            ("d", "Notat", common));

        var like = Assert.Single(index.Searcher.Similar("source", 1, otherMunicipalities: false)!);

        Assert.Equal("like", like.Document.Id);
        Assert.Contains(like.Snippets, snippet => snippet.Html.Contains("væresteder og mere gadeplansarbejde", StringComparison.Ordinal));
        Assert.All(like.Snippets, snippet => Assert.DoesNotContain("<mark>", snippet.Html, StringComparison.Ordinal));
    }
}
