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

    public void Dispose() => _analyzer.Dispose();
}
