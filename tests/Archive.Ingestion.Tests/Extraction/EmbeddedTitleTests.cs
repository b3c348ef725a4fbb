using Archive.Ingestion.Extraction;

namespace Archive.Ingestion.Tests.Extraction;

public sealed class EmbeddedTitleTests
{
    [Theory]
    [InlineData("Referat af byrådsmødet 12. marts 2024", "Referat af byrådsmødet 12. marts 2024")]
    [InlineData("  Dagsorden\r\nØkonomiudvalget ", "Dagsorden Økonomiudvalget")]
    [InlineData("Microsoft Word - Lokalplan 1.112 for Havnen", "Lokalplan 1.112 for Havnen")]
    [InlineData("Apache Tika - Apache Tika", "Apache Tika - Apache Tika")]
    [InlineData("Budget 2024/25", "Budget 2024/25")]
    public void Clean_MeaningfulTitle_ReturnsItTidied(string title, string expected)
    {
        Assert.Equal(expected, EmbeddedTitle.Clean(title));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("untitled")]
    [InlineData("Untitled-1")]
    [InlineData("Dokument1")]
    [InlineData("Microsoft Word - Document1")]
    [InlineData("Microsoft Word - Bilag 3 budget.docx")]
    [InlineData("Presentation1")]
    [InlineData("Binder1.pdf")]
    [InlineData("140312 referat.doc")]
    [InlineData("https://en.wikipedia.org/wiki/Old_Gutnish")]
    [InlineData(@"C:\Users\sagsbehandler\Desktop\referat")]
    [InlineData("/tmp/scan0001")]
    [InlineData("2024-03-12")]
    [InlineData("Skabelon")]
    [InlineData("Microsoft Word Document")]
    public void Clean_PlaceholderFileNameOrAddress_ReturnsNull(string? title)
    {
        Assert.Null(EmbeddedTitle.Clean(title));
    }
}
