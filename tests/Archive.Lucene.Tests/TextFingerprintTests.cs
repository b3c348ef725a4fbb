namespace Archive.Lucene.Tests;

public sealed class TextFingerprintTests
{
    private const string Statement = "Udsatterådet anbefaler Housing First.\nHjemløse borgere skal tilbydes egen bolig med bostøtte.";

    [Fact]
    public void Of_SameWordsWithOtherLineBreaksPunctuationAndCase_IsTheSame()
    {
        var asText = TextFingerprint.Of([Statement]);
        var asPdf = TextFingerprint.Of(["UDSATTERÅDET anbefaler Housing\nFirst. Hjemløse borgere skal tilbydes egen bolig\nmed bostøtte"]);

        Assert.Equal(asText, asPdf);
    }

    [Fact]
    public void Of_OneWordDifferent_IsAnother()
    {
        Assert.NotEqual(TextFingerprint.Of([Statement]), TextFingerprint.Of([Statement.Replace("egen", "anden", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Of_NumbersDifferent_IsAnother()
    {
        Assert.NotEqual(TextFingerprint.Of(["Budgettet er 12 mio. kr. i 2019."]), TextFingerprint.Of(["Budgettet er 14 mio. kr. i 2019."]));
    }

    [Fact]
    public void Of_PagesWithRunningHeaderAndPageNumbers_IsTheTextWithoutThem()
    {
        var printed = TextFingerprint.Of([
            "Slagelse Kommune, Udsatterådet\nUdsatterådet anbefaler Housing First.\nSide 1 af 2",
            "Slagelse Kommune, Udsatterådet\nHjemløse borgere skal tilbydes egen bolig med bostøtte.\nSide 2 af 2",
        ]);

        Assert.Equal(TextFingerprint.Of([Statement]), printed);
    }

    [Fact]
    public void Of_NoWords_IsEmpty()
    {
        Assert.Empty(TextFingerprint.Of(["", " - \n"]));
    }
}
