using Archive.Lucene.Search;

namespace Archive.Lucene.Tests.Search;

/// <summary>How the archive's analysis orders real searches over a small index: exact forms, then inflections, then compound parts.</summary>
public sealed class ArchiveRankingTests : IDisposable
{
    private SmallIndex? _index;

    [Fact]
    public void Search_OneExactWord_RanksExactOccurrencesFirstThenInflectionsThenCompounds()
    {
        Index(
            ("compound", "Tilbud om stofmisbrugsbehandling", "Kommunen udvider stofmisbrugsbehandling og alkoholbehandling for unge, og stofmisbrugsbehandling samles ét sted."),
            ("inflected", "Behandling af borgere", "Mange misbrugere får ikke hjælp, og misbrugerne venter længe på et tilbud."),
            ("exact", "Notat", "Rådet drøftede misbrug blandt hjemløse borgere."),
            ("unrelated", "Budget 2024", "Rådet drøftede budgettet og besparelser på ældreområdet."));

        var ids = Search("misbrug");

        Assert.Equal(["exact", "inflected", "compound"], ids);
    }

    [Fact]
    public void Search_Compound_FindsDocumentsUsingItsPartsApart_AfterThoseUsingTheWord()
    {
        Index(
            ("apart", "Ydelser", "Borgere der er modtagere af kontanthjælp får et nyt tilbud om job."),
            ("word", "Ydelser", "Hver kontanthjælpsmodtager får et nyt tilbud om job."),
            ("one-part", "Ydelser", "Modtagere af boligstøtte får et brev."));

        var ids = Search("kontanthjælpsmodtager");

        Assert.Equal(["word", "apart"], ids);
    }

    [Fact]
    public void Search_Compound_DoesNotFindItsPartsFarApart()
    {
        Index(
            ("word", "Strategi", "Kommunens strategi for socialøkonomi."),
            ("far", "Budget", "Det sociale område får flere penge. Senere i budgettet står der meget om kommunens økonomi."));

        Assert.Equal(["word"], Search("socialøkonomi"));
    }

    [Fact]
    public void Search_PartOfACompound_FindsTheCompound()
    {
        Index(
            ("treatment", "Referat", "Udvalget godkendte den nye misbrugsbehandling."),
            ("drugs", "Referat", "Stofmisbrug blandt unge er steget."));

        Assert.Equal(2, Search("misbrug").Count);
        Assert.Equal(["treatment"], Search("behandling"));
    }

    [Fact]
    public void Search_QuotedPhrase_RanksTheExactWordingFirst()
    {
        Index(
            ("inflected", "Referat", "Udvalget drøftede en skæv bolig ved havnen og andre emner."),
            ("exact", "Referat", "Udvalget drøftede skæve boliger ved havnen og andre emner."));

        Assert.Equal(["exact", "inflected"], Search("\"skæve boliger\""));
    }

    [Fact]
    public void Search_QuotedPhrase_RanksThePageAboutItsWordsAboveOneNamingItOnce_AndFindsNoPageWithoutIt()
    {
        Index(
            ("agenda", "Dagsorden", "Punkt 4: Rammeaftale på det specialiserede socialområde. Punkt 5: Mødeplan for udvalget i foråret."),
            ("about", "Notat", "Det specialiserede socialområde: specialiserede tilbud og specialiserede pladser på socialområdet i regionen."),
            ("words-only", "Notat", "Specialiserede tilbud og socialområdet, specialiserede pladser på socialområdet."),
            ("other-1", "Referat", "Rådet drøftede budgettet og besparelser på ældreområdet."),
            ("other-2", "Referat", "Udvalget godkendte den nye misbrugsbehandling for unge."),
            ("other-3", "Notat", "Kommunen åbner en varmestue for hjemløse borgere."));

        Assert.Equal(["about", "agenda"], Search("\"det specialiserede socialområde\""));
    }

    [Fact]
    public void Search_Bostøtte_FindsItAfterAParagraphAndInsideCompounds()
    {
        Index(
            ("paragraph", "Notat", "Borgeren tilbydes § 85-bostøtte i eget hjem."),
            ("compound", "Notat", "Kommunen styrker hjemløsebostøtten til unge."),
            ("other", "Notat", "Borgeren tilbydes støtte til bolig."));

        Assert.Equal(["compound", "paragraph"], Search("bostøtte").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_WordInTheTitle_RanksAboveTheSameWordInTheBody()
    {
        Index(
            ("body", "Referat af mødet", "Punkt 3: herberg i midtbyen. Øvrige punkter om budget og trafik."),
            // Punkt 4, not 3: the same text twice would be one document (see TextFingerprint).
            ("title", "Nyt herberg i midtbyen", "Punkt 4: herberg i midtbyen. Øvrige punkter om budget og trafik."));

        Assert.Equal(["title", "body"], Search("herberg"));
    }

    [Fact]
    public void Search_WordsStandingTogether_RankAboveTheSameWordsApart()
    {
        Index(
            ("apart", "Referat", "Der mangler boliger til hjemløse. Borgere med skæve liv har brug for ro."),
            ("together", "Referat", "Der mangler skæve boliger til hjemløse. Borgere med et liv har brug for ro."));

        Assert.Equal(["together", "apart"], Search("skæve boliger"));
    }

    [Fact]
    public void Search_NothingFoundAndNotToBeCorrected_SuggestsTheArchivesOwnSpelling()
    {
        Index(("a", "Referat", "Hjemløse borgere med behov for psykiatri."), ("b", "Referat", "Psykiatri og misbrug."));

        var results = Results("hjemlose psykiartri", correct: false);

        Assert.Equal(0, results.Total);
        Assert.Null(results.CorrectedFrom);
        Assert.Null(Results("hjemløse", correct: false).Suggestion);
        Assert.Equal("hjemløse psykiatri", results.Suggestion);
    }

    [Fact]
    public void Search_NothingFound_SearchesTheCorrectionAndSaysSo()
    {
        Index(("a", "Referat", "Hjemløse borgere med behov for psykiatri."), ("b", "Referat", "Psykiatri og misbrug."));

        var results = Results("hjemlose psykiartri");

        Assert.Equal("a", results.Hits[0].Document.Id);
        Assert.Equal(1, results.TotalWithAllWords);
        Assert.Equal("hjemlose psykiartri", results.CorrectedFrom);
        Assert.Equal("hjemløse psykiatri", results.Query);
        Assert.Null(results.Suggestion);
        Assert.Contains("<mark>psykiatri</mark>", results.Hits[0].Snippets[0].Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Search_SomethingFound_IsNotCorrected()
    {
        Index(("a", "Referat", "Psykiatri og misbrug."), ("b", "Referat", "Psykiatrien og misbruget."));

        var results = Results("psykiatrien");

        Assert.Null(results.CorrectedFrom);
        Assert.Equal("psykiatrien", results.Query);
    }

    [Fact]
    public void Search_AWordTheArchiveSpellsOtherwiseFarMoreOften_IsCorrected_WhenTooFewHoldEveryWord()
    {
        Index([
            ("slip", "Referat", "Ældrerådets høringsvar om budgettet."),
            .. Enumerable.Range(1, SpellingSuggester.SlipRatio).Select(i => ($"right{i}", "Høringssvar", $"Ældrerådets høringssvar nummer {i}.")),
        ]);

        var results = Results("høringsvar ældrerådets");

        Assert.Equal("høringsvar ældrerådets", results.CorrectedFrom);
        Assert.Equal("høringssvar ældrerådets", results.Query);
        Assert.Equal(SpellingSuggester.SlipRatio, results.TotalWithAllWords);
        Assert.Equal("høringssvar ældrerådets", Results("høringsvar ældrerådets", correct: false).Suggestion);
    }

    [Fact]
    public void Search_ARareSpellingThatFindsEnough_IsNotCorrected()
    {
        Index([
            .. Enumerable.Range(1, PartialMatching.TooFew).Select(i => ($"slip{i}", "Referat", $"Ældrerådets høringsvar nummer {i}.")),
            .. Enumerable.Range(1, PartialMatching.TooFew * SpellingSuggester.SlipRatio).Select(i => ($"right{i}", "Høringssvar", $"Høringssvar nummer {i}.")),
        ]);

        var results = Results("høringsvar ældrerådets");

        Assert.Null(results.CorrectedFrom);
        Assert.Equal(PartialMatching.TooFew, results.TotalWithAllWords);
    }

    [Fact]
    public void Search_ACorrectionFindingNoMoreDocumentsWithEveryWord_IsNotUsed()
    {
        Index([
            ("slip", "Referat", "Ældrerådets høringsvar om budgettet."),
            ("right", "Høringssvar", "Ældrerådets høringssvar om skolerne."),
            .. Enumerable.Range(1, SpellingSuggester.SlipRatio).Select(i => ($"right{i}", "Høringssvar", $"Høringssvar nummer {i}.")),
        ]);

        // One page holds both words as typed, and one holds both corrected: the correction finds no more.
        var results = Results("høringsvar ældrerådets");

        Assert.Null(results.CorrectedFrom);
        Assert.Equal(["slip"], results.Hits.Take(1).Select(hit => hit.Document.Id));
    }

    [Fact]
    public void Search_ACorrectionFindingMoreCopiesOfOneText_IsNotUsed()
    {
        Index([
            ("slip", "Referat", "Ældrerådets høringsvar om budgettet."),
            ("copy1", "Høringssvar", "Ældrerådets høringssvar om skolerne."),
            ("copy2", "Høringssvar", "Ældrerådets høringssvar om skolerne."),
            .. Enumerable.Range(1, SpellingSuggester.SlipRatio).Select(i => ($"right{i}", "Høringssvar", $"Høringssvar nummer {i}.")),
        ]);

        // Two pages hold both words corrected, but they are one text: the search would count it once.
        Assert.Null(Results("høringsvar ældrerådets").CorrectedFrom);
    }

    [Theory]
    [InlineData("\"§\"")]
    [InlineData("§ og")]
    [InlineData("\"og af\" -§")]
    public void Search_QueryOfNothingSearchable_FindsNothingWithoutFailing(string query)
    {
        Index(("a", "Referat", "Hjemløse borgere og § 85."));

        Assert.Equal(0, Results(query).Total);
    }

    [Fact]
    public void Search_NothingFound_KeepsOperatorsAndCorrectsOnlyTheWords()
    {
        Index(("a", "Referat", "Hjemløse borgere med behov for psykiatri."));

        Assert.Equal("hjemløse AND psykiatri OR budget", Results("hjemlose AND psykiartri OR budget", correct: false).Suggestion);
    }

    [Fact]
    public void Search_MisspeltWordWithoutAnyMatchForTheCorrection_SuggestsNothing()
    {
        Index(("a", "Referat", "Hjemløse borgere."), ("b", "Referat", "Psykiatri."));

        // Each word has a correction, but no document holds both.
        var results = Results("hjemlose psykiartri");
        Assert.Null(results.Suggestion);
        Assert.Null(results.CorrectedFrom);
    }

    [Fact]
    public void Search_NoDocumentHoldsEveryWord_RanksThoseHoldingAllButOne_AndNamesWhatTheyLack()
    {
        Index(
            ("two", "Referat", "Herberget har plads til borgere med behov for psykiatri."),
            ("one", "Referat", "Herberget har ti pladser."),
            ("none", "Referat", "Budget for ældreområdet."));

        var results = Results("herberg psykiatri kontanthjælp");

        Assert.Equal(0, results.TotalWithAllWords);
        Assert.Equal(1, results.Total);
        var hit = Assert.Single(results.Hits);
        Assert.Equal("two", hit.Document.Id);
        Assert.Equal(["kontanthjælp"], hit.MissingWords);
    }

    [Fact]
    public void Search_TooFewHoldEveryWord_TheyComeFirst_ThenThoseHoldingMost()
    {
        Index(
            ("both", "Referat", "Et herberg og et tilbud om psykiatri."),
            ("herberg", "Herberg", "Herberg. Herberget, herberger og herbergets pladser: herberg herberg herberg."),
            ("other", "Referat", "Budget for ældreområdet."));

        var results = Results("herberg psykiatri");

        Assert.Equal(["both", "herberg"], results.Hits.Select(hit => hit.Document.Id));
        Assert.Equal([[], ["psykiatri"]], results.Hits.Select(hit => hit.MissingWords));
        Assert.Equal(1, results.TotalWithAllWords);
        Assert.Equal(2, results.Total);
        Assert.True(results.Hits[1].Score > results.Hits[0].Score, "the partial match scores higher and still comes after");
    }

    [Fact]
    public void Search_PartialMatches_PageAfterTheCompleteOnes()
    {
        Index(
            ("both", "Referat", "Et herberg og et tilbud om psykiatri."),
            ("herberg", "Herberg", "Herberg herberg herberg."),
            ("psykiatri", "Psykiatri", "Psykiatri psykiatri."));

        var second = _index!.Searcher.Search(new SearchRequest { Query = "herberg psykiatri", Page = 2, PageSize = 1, WithFacets = false });

        Assert.Equal(3, second.Total);
        Assert.NotEqual("both", Assert.Single(second.Hits).Document.Id);
        Assert.NotEmpty(second.Hits[0].MissingWords);
    }

    [Fact]
    public void Search_EnoughHoldEveryWord_NoPartialMatches()
    {
        var complete = Enumerable.Range(1, PartialMatching.TooFew).Select(i => ($"both{i}", "Referat", $"Herberg nummer {i} med psykiatri."));
        Index([.. complete, ("herberg", "Herberg", "Herberg herberg.")]);

        var results = Results("herberg psykiatri");

        Assert.Equal(PartialMatching.TooFew, results.Total);
        Assert.All(results.Hits, hit => Assert.Empty(hit.MissingWords));
    }

    [Theory]
    [InlineData("herberg AND psykiatri")]
    [InlineData("+herberg +psykiatri")]
    [InlineData("\"herberg psykiatri\"")]
    [InlineData("title:herberg psykiatri")]
    public void Search_ExplicitSyntax_KeepsItsStrictMeaning(string query)
    {
        Index(("herberg", "Herberg", "Herberg herberg."), ("psykiatri", "Psykiatri", "Psykiatri psykiatri."));

        Assert.Equal(0, Results(query).Total);
    }

    private List<string> Search(string query) => _index!.Search(query);

    private SearchResults Results(string query, bool correct = true) => _index!.Results(query, correct);

    private void Index(params (string Id, string Title, string Text)[] documents) => _index = new SmallIndex(documents);

    private void Index(IEnumerable<(string Id, string Title, string Text)> documents) => _index = new SmallIndex([.. documents]);

    public void Dispose() => _index?.Dispose();
}
