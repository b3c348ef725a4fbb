namespace Archive.Lucene.Tests.Search;

/// <summary>
/// The words of a phrase (quoted, or an expression of several words searched as a synonym) are marked where they
/// stand as the phrase, as the search found them; plain words are marked wherever they stand.
/// </summary>
public sealed class PhraseMarkingTests
{
    private const string Support = "Der ydes socialpædagogisk støtte i eget hjem. Frivillige yder også støtte til familien.";

    [Fact]
    public void QuotedPhrase_MarksItsWordsOnlyWhereTheyStandTogether()
    {
        using var index = new SmallIndex(("support", "Notat", Support));

        var html = string.Join(" ", index.Snippets("\"socialpædagogisk støtte\"", "support"));

        Assert.Contains("<mark>socialpædagogisk</mark> <mark>støtte</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("også <mark>støtte</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedPhraseWithAStopWord_ReachesOverTheStopWord()
    {
        using var index = new SmallIndex(("committee", "Notat", "Udvalget for social og sundhed mødes i dag. Sundhed er også et emne for skolen."));

        var html = string.Join(" ", index.Snippets("\"social og sundhed\"", "committee"));

        Assert.Contains("<mark>social</mark> og <mark>sundhed</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Sundhed</mark> er", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SynonymOfSeveralWords_MarksItWhereItStandsWhole()
    {
        using var index = new SmallIndex(("support", "Notat", Support));

        var html = string.Join(" ", index.Snippets("bostøtte", "support"));

        Assert.Contains("<mark>socialpædagogisk</mark> <mark>støtte</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("også <mark>støtte</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainWords_AreMarkedWhereverTheyStand()
    {
        using var index = new SmallIndex(("support", "Notat", Support));

        var html = string.Join(" ", index.Snippets("frivillige støtte", "support"));

        Assert.Contains("socialpædagogisk <mark>støtte</mark>", html, StringComparison.Ordinal);
        Assert.Contains("også <mark>støtte</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>Frivillige</mark>", html, StringComparison.Ordinal);
    }
}
