using Archive.Ingestion.Extraction;
using Archive.Ingestion.Extraction.Pdf;

namespace Archive.Ingestion.Tests.Extraction;

public sealed class HyphenationJoinerTests
{
    [Theory]
    [InlineData("Medarbej-\nderne mødes", "Medarbejderne mødes")]
    [InlineData("Mitarbei-\nterinnen", "Mitarbeiterinnen")]
    [InlineData("kommune-\nplanen er vedtaget", "kommuneplanen er vedtaget")]
    [InlineData("byråds-  \n   medlemmerne", "byrådsmedlemmerne")]
    [InlineData("sags-\nbehandling\nog mere", "sagsbehandling\nog mere")]
    [InlineData("hyphen\u2010\nated", "hyphenated")]
    public void Join_HardHyphenBeforeLowercaseWord_JoinsWithoutHyphen(string text, string expected)
    {
        Assert.Equal(expected, HyphenationJoiner.Join(text));
    }

    [Theory]
    [InlineData("Mit\u00AD\narbeiter", "Mitarbeiter")]
    [InlineData("Beskæftigelses\u00AD\nudvalget", "Beskæftigelsesudvalget")]
    [InlineData("Social\u00AD\nForvaltning", "SocialForvaltning")]
    [InlineData("kommune\u00AD \n plan", "kommuneplan")]
    public void Join_SoftHyphenAtLineEnd_AlwaysJoins(string text, string expected)
    {
        Assert.Equal(expected, HyphenationJoiner.Join(text));
    }

    [Theory]
    [InlineData("Beskæftigelses-\nog Integrationsudvalget")]
    [InlineData("social-\neller sundhedsfaglig")]
    [InlineData("børne-\nog ungeudvalget")]
    [InlineData("Børne-\nOg Ungeudvalget")]
    [InlineData("vej-\nsamt kloakarbejde")]
    [InlineData("Kinder-\nund Jugendhilfe")]
    [InlineData("pre-\nand post-processing")]
    [InlineData("input-\nor output")]
    [InlineData("el-\n& vandforsyning")]
    public void Join_SuspendedHyphenBeforeConjunction_KeepsHyphenAndBreak(string text)
    {
        Assert.Equal(text, HyphenationJoiner.Join(text));
    }

    [Theory]
    [InlineData("Social-\nForvaltningen")]
    [InlineData("Region-\nHovedstaden")]
    [InlineData("budget 2019-\n2020")]
    [InlineData("periode 1-\n2")]
    [InlineData("linje med streg -\nnæste linje")]
    [InlineData("-\nfortsat")]
    [InlineData("slut-\n")]
    [InlineData("slut-\n\nny paragraf")]
    [InlineData("tal-\n 42")]
    public void Join_HyphenBeforeUppercaseDigitOrNothing_KeepsText(string text)
    {
        Assert.Equal(text, HyphenationJoiner.Join(text));
    }

    [Theory]
    [InlineData("Housing First-\nindsatsen virker", "Housing First-indsatsen virker")]
    [InlineData("FN-\nkonventionen", "FN-konventionen")]
    [InlineData("nye EU-\nregler", "nye EU-regler")]
    [InlineData("et § 85-\ntilbud", "et § 85-tilbud")]
    [InlineData("2020-\nmidlerne", "2020-midlerne")]
    public void Join_HyphenAfterNameAcronymOrNumber_KeepsHyphenAndJoinsLines(string text, string expected)
    {
        Assert.Equal(expected, HyphenationJoiner.Join(text));
    }

    [Theory]
    [InlineData("Økonomi-\nudvalget", "Økonomiudvalget")]
    [InlineData("Kommune-\nplanen", "Kommuneplanen")]
    [InlineData("Medarbej-\nderne", "Medarbejderne")]
    public void Join_CapitalisedWordWhoseJoinIsDanish_JoinsWithoutHyphen(string text, string expected)
    {
        Assert.Equal(expected, HyphenationJoiner.Join(text));
    }

    [Theory]
    [InlineData("EU-\nog nationale regler")]
    [InlineData("2019-\n2020")]
    public void Join_AcronymOrNumberBeforeConjunctionOrDigit_KeepsBreak(string text)
    {
        Assert.Equal(text, HyphenationJoiner.Join(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ingen bindestreger\nher")]
    [InlineData("Børne- og Ungeudvalget på én linje")]
    [InlineData("midt-i-linjen\nog videre")]
    public void Join_NoLineEndHyphen_ReturnsTextUnchanged(string text)
    {
        Assert.Equal(text, HyphenationJoiner.Join(text));
    }

    [Fact]
    public void Join_SeveralBreaks_JoinsEachSplitWordAndKeepsOtherLines()
    {
        var text = "Økonomi-\nudvalget og Beskæftigelses-\nog Integrationsudvalget\nbehandlede tillægs-\nbevillingen.";

        var joined = HyphenationJoiner.Join(text);

        Assert.Equal("Økonomiudvalget og Beskæftigelses-\nog Integrationsudvalget\nbehandlede tillægsbevillingen.", joined);
    }
}
