using System.Text;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

public sealed class PlainTextExtractorTests
{
    private const string Danish = "Rådet for Socialt Udsatte i Ærø Kommune: søndag, æbler og øl.";
    private readonly PlainTextExtractor _extractor = new();

    [Fact]
    public void Extract_Utf8WithoutBom_KeepsDanishLetters()
    {
        Assert.Equal(Danish, Single(Encoding.UTF8.GetBytes(Danish)));
    }

    [Fact]
    public void Extract_Utf8WithBom_DropsTheBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Danish)).ToArray();

        Assert.Equal(Danish, Single(bytes));
    }

    [Fact]
    public void Extract_Windows1252_KeepsDanishLetters()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Danish);

        Assert.Equal(Danish, Single(bytes));
    }

    [Fact]
    public void Extract_Latin1_KeepsDanishLetters()
    {
        var bytes = Encoding.Latin1.GetBytes(Danish);

        Assert.Equal(Danish, Single(bytes));
    }

    [Fact]
    public void Extract_Utf16WithBom_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Danish)).ToArray();

        Assert.Equal(Danish, Single(bytes));
    }

    [Fact]
    public void Extract_FormFeed_StartsANewPage()
    {
        var text = _extractor.Extract(Encoding.UTF8.GetBytes("side et\fside to\f"), CancellationToken.None);

        Assert.Equal(["side et", "side to"], text.Pages);
    }

    [Fact]
    public void Extract_CarriageReturnsAndBlankRuns_AreNormalised()
    {
        var text = Single(Encoding.UTF8.GetBytes("Linje  et\r\nLinje\u00A0to\r\n\r\n\r\n\r\nLinje tre"));

        Assert.Equal("Linje et\nLinje to\n\nLinje tre", text);
    }

    [Fact]
    public void Extract_EmptyBytes_FailsAsEmpty()
    {
        var failure = Assert.Throws<ExtractionFailedException>(() => _extractor.Extract([], CancellationToken.None));

        Assert.Equal(FailureReason.Empty, failure.Reason);
    }

    private string Single(byte[] bytes) => Assert.Single(_extractor.Extract(bytes, CancellationToken.None).Pages);
}
