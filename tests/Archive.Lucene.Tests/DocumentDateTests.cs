namespace Archive.Lucene.Tests;

public sealed class DocumentDateTests
{
    [Theory]
    [InlineData("2017-10-12", "2017-10-12", DatePrecision.Day)]
    [InlineData("2017-10", "2017-10-01", DatePrecision.Month)]
    [InlineData("2017", "2017-01-01", DatePrecision.Year)]
    public void TryParseIso_ValidText_KeepsPrecision(string text, string iso, DatePrecision precision)
    {
        var date = DocumentDate.TryParseIso(text);

        Assert.NotNull(date);
        Assert.Equal(iso, date.IsoDate);
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("2017-02-30")]
    [InlineData("12. oktober 2017")]
    [InlineData("17")]
    [InlineData("")]
    public void TryParseIso_NotAnIsoDate_ReturnsNull(string text)
    {
        Assert.Null(DocumentDate.TryParseIso(text));
    }

    [Fact]
    public void Number_IsSortableDay()
    {
        Assert.Equal(20171012, DocumentDate.TryParseIso("2017-10-12")!.Number);
    }
}
