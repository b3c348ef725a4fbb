using Archive.Lucene.Analysis;

namespace Archive.Lucene.Tests.Analysis;

public sealed class CompoundSplitterTests
{
    private readonly CompoundSplitter _splitter = CompoundSplitter.Danish;

    [Theory]
    [InlineData("misbrugsbehandling", "misbrug", "behandling")]
    [InlineData("kontanthjælpsmodtager", "kontanthjælp", "modtager")]
    [InlineData("kontanthjælpsmodtagere", "kontanthjælp", "modtagere")]
    [InlineData("stofmisbrug", "stof", "misbrug")]
    [InlineData("alkoholmisbrug", "alkohol", "misbrug")]
    [InlineData("handicaprådet", "handicap", "rådet")]
    [InlineData("ældrerådet", "ældre", "rådet")]
    [InlineData("udsatteråd", "udsatte", "råd")]
    [InlineData("socialudvalget", "social", "udvalget")]
    [InlineData("sagsbehandler", "sag", "behandler")]
    [InlineData("hjemløsepolitik", "hjemløs", "politik")]
    [InlineData("botilbud", "bo", "tilbud")]
    [InlineData("værdighedspolitik", "værdighed", "politik")]
    public void Split_Compound_GivesItsParts(string word, string first, string last)
    {
        Assert.Equal([first, last], _splitter.Split(word));
    }

    [Theory]
    [InlineData("natherberger", "nat", "herberger")]
    [InlineData("natherberg", "nat", "herberg")]
    [InlineData("tværkommunal", "tvær", "kommunal")]
    [InlineData("håndhygiejne", "hånd", "hygiejne")]
    public void Split_FirstPartTheListFlagsOnlyAsAnEnding_SplitsWhenManyListedWordsBeginWithIt(string word, string first, string last)
    {
        Assert.Equal([first, last], _splitter.Split(word));
    }

    [Theory]
    [InlineData("forringe")] // for- is a prefix, not the word for
    [InlineData("forhandling")]
    [InlineData("medarbejder")]
    [InlineData("tilskud")] // til- is a prefix the list knows only as a first part
    public void Split_PrefixBeforeAWord_GivesNothing(string word)
    {
        Assert.Empty(_splitter.Split(word));
    }

    [Theory]
    [InlineData("hjemløse")] // not about hjem
    [InlineData("hjemløshed")]
    [InlineData("borgerens")] // not borge + rens
    [InlineData("dagsordenen")]
    [InlineData("formanden")]
    [InlineData("orientering")]
    [InlineData("politiske")]
    [InlineData("konkrete")]
    [InlineData("indstilling")] // ind- is too short to be trusted
    [InlineData("tilbud")]
    [InlineData("boliger")]
    [InlineData("byråd")]
    [InlineData("beskæftigelse")]
    [InlineData("misbrug")]
    public void Split_WordToKeepWhole_GivesNothing(string word)
    {
        Assert.Empty(_splitter.Split(word));
    }

    [Fact]
    public void AllParts_SplitsThePartsAgain()
    {
        var parts = _splitter.AllParts("stofmisbrugsbehandling");

        Assert.Equal(["stofmisbrug", "stof", "misbrug", "behandling"], parts);
    }

    [Fact]
    public void Split_PrefersFewestParts_SoKnownCompoundsStayTogether()
    {
        // kontanthjælp is itself a compound; the first split keeps it whole.
        Assert.Equal(["kontanthjælp", "modtager"], _splitter.Split("kontanthjælpsmodtager"));
    }

    [Fact]
    public void Split_UsesOnlyTheLinkingLettersTheWordListAllows()
    {
        var words = CompoundWords.Load("misbrug\ts\nbehandling\th\nstof\t0\n", string.Empty, string.Empty);
        var splitter = new CompoundSplitter(words);

        Assert.Equal(["misbrug", "behandling"], splitter.Split("misbrugsbehandling"));
        Assert.Empty(splitter.Split("misbrugbehandling")); // misbrug takes -s-
        Assert.Empty(splitter.Split("stofsbehandling")); // stof takes none
    }

    [Fact]
    public void Load_ShortWordsArePartsOnlyWhenTheCorrectionsTrustThem()
    {
        var words = CompoundWords.Load("ind\t0\nsats\th\nråd\th\nhandicap\t0\n", "råd\th\n", string.Empty);
        var splitter = new CompoundSplitter(words);

        Assert.Empty(splitter.Split("indsatser"));
        Assert.Equal(["handicap", "råd"], splitter.Split("handicapråd"));
    }

    [Fact]
    public void Load_CorrectionCanRemoveAWord()
    {
        var words = CompoundWords.Load("stats\t0\nlige\th\n", "lige\t-\n", string.Empty);

        Assert.Empty(new CompoundSplitter(words).Split("statslige"));
    }

    [Fact]
    public void Split_NeverSplitList_KeepsInflectedFormsWhole()
    {
        var words = CompoundWords.Load("hjem\t0\nløs\th\n", string.Empty, "hjemløs\n");
        var splitter = new CompoundSplitter(words);

        Assert.Empty(splitter.Split("hjemløse"));
        Assert.Empty(splitter.Split("hjemløs"));
    }
}
